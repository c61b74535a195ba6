using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Storage;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Storage;

/// <summary>
/// What focal points' queries read is the <c>Concerns</c> and <c>ConcernEvents</c> tables. Their columns, as EF maps
/// them (shadow properties and backing fields included, which <see cref="Concerns.FocalPointViewShapeTests"/> cannot
/// see), must hold nothing that names the reporter; a column such as "ReporterAadId" or "UserName" added to either
/// fails here. Identity lives only in <c>ReporterLinks</c>, which no navigation from a concern reaches.
/// </summary>
public sealed partial class ConcernTableShapeTests
{
    [GeneratedRegex("name|aad|user|reporter|conversation|dutystation|url|tenant|mail|upn|phone|identity|person|from", RegexOptions.IgnoreCase)]
    private static partial Regex IdentityLike();

    // Keyed hashes: the draft's (idempotent submission) and a focal point's pseudonymous key in the trail.
    private static readonly string[] KeyedHashes = ["Concerns.SubmissionKey", "ConcernEvents.ActorKey"];

    [Fact]
    public async Task ConcernTables_HaveNoIdentityColumn_AndNoWayToTheReporterLink()
    {
        await using var app = new RufaBotApp();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();

        var columns = new[] { typeof(Concern), typeof(ConcernEvent) }
            .Select(t => db.Model.FindEntityType(t)!)
            .SelectMany(e => e.GetProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()}"))
            .ToList();
        Assert.Contains("Concerns.Description", columns);
        Assert.Contains("ConcernEvents.Note", columns);

        var identityLike = columns.Where(c => IdentityLike().IsMatch(c.Split('.')[1]) && !KeyedHashes.Contains(c)).ToList();
        Assert.True(identityLike.Count == 0, "identity-like columns: " + string.Join(", ", identityLike));
        Assert.All(db.Model.FindEntityType(typeof(Concern))!.GetNavigations(), n => Assert.Equal(typeof(ConcernEvent), n.TargetEntityType.ClrType));
        Assert.Empty(db.Model.FindEntityType(typeof(ConcernEvent))!.GetNavigations());
    }
}
