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
/// fails here. Identity lives only in <c>ReporterLinks</c>, which no navigation from a concern reaches. The concern's
/// decision records are scanned the same way; its participants are the focal points holding a card (their own Entra
/// ids, which card refresh needs), never the reporter, and lead nowhere further.
/// </summary>
public sealed partial class ConcernTableShapeTests
{
    [GeneratedRegex("name|aad|user|reporter|conversation|dutystation|url|tenant|mail|upn|phone|identity|person|from", RegexOptions.IgnoreCase)]
    private static partial Regex IdentityLike();

    // Keyed hashes: the draft's (idempotent submission) and a focal point's pseudonymous key in the trail.
    private static readonly string[] KeyedHashes = ["Concerns.SubmissionKey", "ConcernEvents.ActorKey", "ConcernDecisions.ActorKey"];

    [Fact]
    public async Task ConcernTables_HaveNoIdentityColumn_AndNoWayToTheReporterLink()
    {
        await using var app = new RufaBotApp();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();

        var concern = db.Model.FindEntityType(typeof(Concern))!;
        var targets = concern.GetNavigations().Select(n => n.TargetEntityType).ToList();
        Type[] reachable = [typeof(ConcernEvent), typeof(DecisionRecord), typeof(ConcernParticipant)];
        Assert.All(targets, t => Assert.Contains(t.ClrType, reachable));
        Assert.All(targets, t => Assert.Empty(t.GetNavigations()));

        var scanned = targets.Where(t => t.ClrType != typeof(ConcernParticipant)).Prepend(concern);
        var columns = scanned.SelectMany(e => e.GetProperties().Select(p => $"{e.GetTableName()}.{p.GetColumnName()}")).ToList();
        Assert.Contains("Concerns.Description", columns);
        Assert.Contains("ConcernEvents.Note", columns);
        Assert.Contains("ConcernDecisions.Reason", columns);

        var identityLike = columns.Where(c => IdentityLike().IsMatch(c.Split('.')[1]) && !KeyedHashes.Contains(c)).ToList();
        Assert.True(identityLike.Count == 0, "identity-like columns: " + string.Join(", ", identityLike));
    }
}
