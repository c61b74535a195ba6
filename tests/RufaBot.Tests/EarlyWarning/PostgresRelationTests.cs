using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RufaBot.EarlyWarning.Relations;
using RufaBot.Testing;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>
/// Related concerns on a real PostgreSQL server, where two instances may check two similar concerns at the same
/// moment: checks of one country take turns (a transaction-scoped advisory lock), so the pair is linked once, not
/// once in each direction.
/// </summary>
public sealed class PostgresRelationTests(PostgresServer server) : EscalationBot, IClassFixture<PostgresServer>
{
    private readonly string _connection = server.ConnectionStringFor($"rufa_{Guid.NewGuid():N}") + ";Maximum Pool Size=20";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Rufa"] = _connection,
        ["EarlyWarning:Relations:WorkerEnabled"] = "false",
        ["EarlyWarning:Patterns:Enabled"] = "false",
    };

    [Fact]
    public async Task TwoSimilarConcernsCheckedAtOnce_AreLinkedOnce()
    {
        var first = await SubmitAsync(change: Mild, compareRelated: false);
        var second = await SubmitAsync(change: Mild, compareRelated: false);
        var third = await SubmitAsync(change: Mild, compareRelated: false);
        var related = App.Services.GetRequiredService<RelatedConcerns>();

        // Each of the three meets the two others among its candidates; all three are checked at once.
        await Task.WhenAll(new[] { first, second, third }.Select(c => Task.Run(() => related.CheckAsync(c.Id, CancellationToken.None))));

        await using var db = NewContext();
        var pairs = (await db.Set<ConcernRelation>().ToListAsync())
            .Select(r => r.ConcernId.CompareTo(r.RelatedConcernId) < 0 ? (r.ConcernId, r.RelatedConcernId) : (r.RelatedConcernId, r.ConcernId)).ToList();
        Assert.Equal(3, pairs.Count);
        Assert.Equal(3, pairs.Distinct().Count());
        Assert.Empty(await db.Set<RelationCheck>().ToListAsync());
        NpgsqlConnection.ClearPool(new NpgsqlConnection(_connection));
    }
}
