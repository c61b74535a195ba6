using RufaBot.Testing;
using RufaBot.Tests.Escalation.Outbox;
using RufaBot.Tests.ScaleOut;

namespace RufaBot.Tests.Resilience;

/// <summary>
/// The Bot Connector answers every call with 500 or 429 for a while, just as a focal point acts on cards on two
/// instances: the notices, card updates and next-tier cards wait in the outbox (in PostgreSQL), and once the
/// Connector is back each is delivered exactly once, in order for each reporter. (The outbox contract tests cover
/// random failures message by message; this is the same guarantee through the real processes and a sustained outage.)
/// </summary>
[Collection(nameof(RufaBotProcesses))]
public sealed class ConnectorOutageTests(RedisServer redis, PostgresServer postgres)
    : IClassFixture<RedisServer>, IClassFixture<PostgresServer>, IAsyncLifetime
{
    private const int Reporters = 3;
    private const string Pending = """SELECT count(*) FROM "OutboxMessages" WHERE "DeliveredAt" IS NULL""";
    private FakeConnector _connector = null!;
    private BotCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _cluster = await BotCluster.StartAsync(2, redis, postgres, _connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ConnectorFailingForAWhile_TheOutboxDrainsAfterwards_EachMessageOnce_InOrderPerReporter()
    {
        var users = Enumerable.Range(0, Reporters).Select(u => new ChatUser($"reporter{u}", _connector.ServiceUrl, () => _connector.Requests)).ToList();
        await Task.WhenAll(users.Select((user, u) => user.WalkAsync(_cluster.Bots, offset: u)));
        await _cluster.DrainOutboxAsync();
        var desk = FocalPointDesk.For(_connector);
        var cards = desk.CardsIn(BotCluster.ChatOf(BotCluster.FocalPoint));
        Assert.Equal(Reporters, cards.Count);
        var rowsBefore = await _cluster.CountAsync("""SELECT count(*) FROM "OutboxMessages" """);
        var acceptedBefore = desk.Accepted.Count;

        _connector.FailureRate = 1;
        foreach (var (card, k) in cards.Select((card, k) => (card, k)))
            await desk.AcknowledgeAndEscalateAsync(_cluster.Bots[k % 2], _cluster.Bots[(k + 1) % 2], BotCluster.FocalPoint, card);
        await _cluster.WaitForCountAsync("""SELECT count(*) FROM "OutboxMessages" WHERE "DeliveredAt" IS NULL AND "Attempts" >= 3""", 2 * Reporters);
        Assert.True(await _cluster.CountAsync("""SELECT count(*) FROM "OutboxMessages" WHERE "LastFailure" IN ('http-500', 'http-429')""") > 0);
        Assert.Equal(acceptedBefore, desk.Accepted.Count);
        var queued = await _cluster.CountAsync(Pending);
        Assert.Equal(queued, await _cluster.CountAsync("""SELECT count(*) FROM "OutboxMessages" """) - rowsBefore);

        _connector.FailureRate = 0;
        await _cluster.DrainOutboxAsync();
        await Task.Delay(1000);

        // One accepted call per queued message: nothing lost, nothing twice.
        Assert.Equal(queued, desk.Accepted.Count - acceptedBefore);
        foreach (var user in users)
        {
            var notices = desk.TextsIn(user.ConversationId);
            var taken = Assert.Single(notices, n => n.Contains("a focal point has taken it up", StringComparison.Ordinal));
            var passed = Assert.Single(notices, n => n.Contains("passed to the country level", StringComparison.Ordinal));
            Assert.True(notices.ToList().IndexOf(taken) < notices.ToList().IndexOf(passed), "The reporter's notices arrived out of order");
        }
        Assert.Equal(cards.Select(FocalPointDesk.ConcernOf).Order(), desk.CardsIn(BotCluster.ChatOf(BotCluster.Adviser)).Select(FocalPointDesk.ConcernOf).Order());
    }
}
