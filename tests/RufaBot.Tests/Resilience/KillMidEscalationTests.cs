using RufaBot.Testing;
using RufaBot.Tests.Escalation.Outbox;
using RufaBot.Tests.ScaleOut;

namespace RufaBot.Tests.Resilience;

/// <summary>
/// RufaBot is killed (its whole process tree) in the middle of escalations, with a notice and an SLA reminder still in
/// the outbox because the Connector is down, and started again after a reminder fell due while it was dead: the queued
/// messages are delivered exactly once, the reminder that fell due fires exactly once, and nothing fires twice.
/// </summary>
[Collection(nameof(RufaBotProcesses))]
public sealed class KillMidEscalationTests(RedisServer redis, PostgresServer postgres)
    : IClassFixture<RedisServer>, IClassFixture<PostgresServer>, IAsyncLifetime
{
    private const string Reminders = """SELECT count(*) FROM "ConcernEvents" WHERE "Kind" = 'SlaReminderSent'""";
    private const string AllRows = """SELECT count(*) FROM "OutboxMessages" """;
    private FakeConnector _connector = null!;
    private BotCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        // Short leases: after the kill, the restarted instance takes over what the dead one held without a long wait.
        _cluster = await BotCluster.StartAsync(1, redis, postgres, _connector.ServiceUrl, new Dictionary<string, string>
        {
            ["Escalation:Outbox:LeaseDuration"] = "00:00:05",
            ["Escalation:Sla:LeaseDuration"] = "00:00:05",
        });
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task KilledWithMessagesQueued_AndRestartedAfterADeadline_EachMessageAndReminderOnce()
    {
        var bot = _cluster.Bots;
        var acknowledged = new ChatUser("acknowledged", _connector.ServiceUrl, () => _connector.Requests);
        var overdue = new ChatUser("overdue", _connector.ServiceUrl, () => _connector.Requests);
        await acknowledged.WalkAsync(bot);
        await overdue.WalkAsync(bot);
        await _cluster.DrainOutboxAsync();
        var desk = FocalPointDesk.For(_connector);
        var cards = desk.CardsIn(BotCluster.ChatOf(BotCluster.FocalPoint));
        Assert.Equal(2, cards.Count);
        var (first, second) = (FocalPointDesk.ConcernOf(cards[0]), FocalPointDesk.ConcernOf(cards[1]));

        // Connector down: the first concern is acknowledged (a notice for its reporter) and the second one's deadline
        // passes (a reminder for the focal point); both wait in the outbox.
        var (rowsBefore, acceptedBefore) = (await _cluster.CountAsync(AllRows), desk.Accepted.Count);
        _connector.Down = true;
        Assert.Contains("Acknowledged", (await desk.PressAsync(bot[0], BotCluster.FocalPoint, "acknowledge", FocalPointDesk.Data(cards[0]))).ToJsonString());
        await _cluster.MakeSlaTimersDueAsync($"\"ConcernId\" = '{second}'");
        Assert.Equal(1, await _cluster.WaitForCountAsync(Reminders, 1));
        Assert.Equal(1, await _cluster.WaitForCountAsync($"""SELECT count(*) FROM "SlaTimers" WHERE "ConcernId" = '{first}' AND "Status" = 'Acknowledged'""", 1));
        Assert.True(await _cluster.WaitForCountAsync("""SELECT count(*) FROM "OutboxMessages" WHERE "DeliveredAt" IS NULL AND "Attempts" >= 1""", 2) >= 2);

        await _cluster.KillAsync(0);
        // While it is dead, the first concern's triage deadline passes too.
        await _cluster.MakeSlaTimersDueAsync($"\"ConcernId\" = '{first}'");
        _connector.Down = false;
        await _cluster.StartAsync(0);

        Assert.Equal(2, await _cluster.WaitForCountAsync(Reminders, 2));
        await _cluster.DrainOutboxAsync();
        await Task.Delay(2000);
        Assert.Equal(2, await _cluster.CountAsync(Reminders));
        Assert.Equal(2, await _cluster.CountAsync("""SELECT count(DISTINCT "ConcernId") FROM "ConcernEvents" WHERE "Kind" = 'SlaReminderSent'"""));
        Assert.Single(desk.TextsIn(acknowledged.ConversationId), n => n.Contains("a focal point has taken it up", StringComparison.Ordinal));
        var reminders = desk.TextsIn(BotCluster.ChatOf(BotCluster.FocalPoint));
        Assert.Equal(2, reminders.Count);
        Assert.Equal(2, reminders.Distinct().Count());
        // One accepted call per message queued since the outage began: nothing lost, nothing twice.
        Assert.Equal(await _cluster.CountAsync(AllRows) - rowsBefore, desk.Accepted.Count - acceptedBefore);
    }
}
