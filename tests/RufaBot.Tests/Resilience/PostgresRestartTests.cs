using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.ScaleOut;

namespace RufaBot.Tests.Resilience;

/// <summary>
/// PostgreSQL restarts while reporters press Submit on two instances: some submissions race the shutdown, some arrive
/// while it is down, and every pooled connection is broken when it is back. Each reporter is told either that the
/// concern is stored or that nothing is lost and to press Submit again; pressing again stores each concern exactly once.
/// </summary>
[Collection(nameof(RufaBotProcesses))]
public sealed class PostgresRestartTests(RedisServer redis, PostgresServer postgres)
    : IClassFixture<RedisServer>, IClassFixture<PostgresServer>, IAsyncLifetime
{
    private const int Reporters = 6;
    private const string Stored = "Concern submitted", NotStored = "I could not store your concern just now";
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
    public async Task RestartDuringSubmissions_EveryReporterIsToldTheTruth_AndPressingAgainStoresEachConcernOnce()
    {
        var users = Enumerable.Range(0, Reporters).Select(u => new ChatUser($"reporter{u}", _connector.ServiceUrl, () => _connector.Requests)).ToList();
        var submit = IntakeTurns.All.Length - 1;
        await Task.WhenAll(users.Select((user, u) => user.WalkAsync(_cluster.Bots, to: submit, offset: u)));

        // Half submit as the server goes down, the other half while it is down.
        var racing = users.Take(Reporters / 2).Select((user, u) => SubmitAsync(user, _cluster.Bots[u % 2])).ToList();
        await postgres.StopAsync();
        var outcomes = (await Task.WhenAll(racing)).ToList();
        foreach (var (user, u) in users.Skip(Reporters / 2).Select((user, u) => (user, u)))
            outcomes.Add(await SubmitAsync(user, _cluster.Bots[u % 2]));
        Assert.All(outcomes.Skip(Reporters / 2), o => Assert.Equal(NotStored, o));

        await postgres.StartAsync();
        foreach (var (user, u) in users.Select((user, u) => (user, u)))
        {
            for (var attempt = 1; !user.Turns.Any(t => user.RepliesTo(t.ActivityId).Any(r => r.Contains(Stored, StringComparison.Ordinal))); attempt++)
            {
                Assert.True(attempt <= 20, $"{user.ConversationId}: not stored after 20 presses of Submit");
                if (await SubmitAsync(user, _cluster.Bots[(u + attempt) % 2]) == NotStored)
                    await Task.Delay(250);
            }
        }

        Assert.Equal(Reporters, await _cluster.CountAsync("""SELECT count(*) FROM "Concerns" """));
        foreach (var user in users)
            Assert.Single(user.Turns.SelectMany(t => user.RepliesTo(t.ActivityId)), r => r.Contains(Stored, StringComparison.Ordinal));
    }

    // Presses Submit (types it) and returns which of the two honest answers came back; anything else fails the test.
    private static async Task<string> SubmitAsync(ChatUser user, HttpClient bot)
    {
        var (status, replies) = await user.SayAsync(bot, "submit", null);
        // 202: the turn outlived the acknowledgement budget (a connection to the restarted server being re-opened).
        Assert.True(status is 200 or 202, $"{user.ConversationId}: Submit was answered {status}");
        var stored = replies.Any(r => r.Contains(Stored, StringComparison.Ordinal));
        Assert.True(stored || replies.Any(r => r.Contains(NotStored, StringComparison.Ordinal)),
            $"{user.ConversationId}: Submit was answered with neither outcome:\n{string.Join("\n", replies)}");
        return stored ? Stored : NotStored;
    }
}
