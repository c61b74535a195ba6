using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.ScaleOut;

/// <summary>
/// Two RufaBot processes behind one Redis and one PostgreSQL database, every reporter's messages alternating between
/// them, and the focal points pressing card buttons on either: each turn is answered exactly as a lone instance answers
/// it, each intake ends in one concern, each card and notice arrives once, and each SLA reminder is sent once.
/// </summary>
[Collection(nameof(RufaBotProcesses))]
public sealed class TwoInstancesTests(RedisServer redis, PostgresServer postgres)
    : IClassFixture<RedisServer>, IClassFixture<PostgresServer>, IAsyncLifetime
{
    private const int Reporters = 20;
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
    public async Task ConcurrentIntakesAcrossTwoInstances_EachTurnAnsweredOnce_EachCardNoticeAndReminderDeliveredOnce()
    {
        // What one instance says to one reporter, turn by turn: the yardstick for every turn under load.
        var alone = NewUser("alone");
        await alone.WalkAsync([_cluster.Bots[0]]);
        var expected = alone.NormalisedReplies();

        var users = Enumerable.Range(0, Reporters).Select(u => NewUser($"reporter{u:00}")).ToList();
        await Task.WhenAll(users.Select((user, u) => Task.Run(() => user.WalkAsync(_cluster.Bots, offset: u))));
        await Task.Delay(1000);

        foreach (var user in users)
            Assert.Equal(expected, user.NormalisedReplies());
        var concerns = Reporters + 1;
        Assert.Equal(concerns, await _cluster.CountAsync("""SELECT count(*) FROM "Concerns" """));

        // One card per concern reaches the first tier, whichever instance stored the concern.
        await _cluster.DrainOutboxAsync();
        var desk = FocalPointDesk.For(_connector);
        var cards = desk.CardsIn(BotCluster.ChatOf(BotCluster.FocalPoint));
        Assert.Equal(concerns, cards.Count);
        Assert.Equal(concerns, cards.Select(FocalPointDesk.ConcernOf).Distinct().Count());

        // The focal point acknowledges each on one instance and escalates it on the other, all at once.
        await Task.WhenAll(cards.Select((card, k) => Task.Run(() =>
            desk.AcknowledgeAndEscalateAsync(_cluster.Bots[k % 2], _cluster.Bots[(k + 1) % 2], BotCluster.FocalPoint, card))));

        await _cluster.DrainOutboxAsync();
        Assert.Equal(concerns, desk.CardsIn(BotCluster.ChatOf(BotCluster.Adviser)).Count);
        foreach (var user in users.Append(alone))
        {
            var notices = user.Proactive();
            Assert.Single(notices, n => n.Contains("a focal point has taken it up", StringComparison.Ordinal));
            Assert.Single(notices, n => n.Contains("passed to the country level", StringComparison.Ordinal));
        }

        // The adviser misses every deadline: both instances poll the timers, each concern gets one reminder.
        Assert.Equal(concerns, await _cluster.WaitForCountAsync("""SELECT count(*) FROM "SlaTimers" WHERE "Tier" = 'B2' AND "NextStepAt" IS NOT NULL""", concerns));
        await _cluster.MakeSlaTimersDueAsync();
        Assert.Equal(concerns, await _cluster.WaitForCountAsync("""SELECT count(*) FROM "ConcernEvents" WHERE "Kind" = 'SlaReminderSent'""", concerns));
        await Task.Delay(1500);
        Assert.Equal(concerns, await _cluster.CountAsync("""SELECT count(*) FROM "ConcernEvents" WHERE "Kind" = 'SlaReminderSent'"""));
        Assert.Equal(concerns, await _cluster.CountAsync("""SELECT count(DISTINCT "ConcernId") FROM "ConcernEvents" WHERE "Kind" = 'SlaReminderSent'"""));
        await _cluster.DrainOutboxAsync();
        var reminders = desk.TextsIn(BotCluster.ChatOf(BotCluster.Adviser)).Where(t => t.Contains("HR-", StringComparison.Ordinal)).ToList();
        Assert.Equal(concerns, reminders.Count);
        Assert.Equal(concerns, reminders.Distinct().Count());
    }

    private ChatUser NewUser(string name) => new(name, _connector.ServiceUrl, () => _connector.Requests);
}
