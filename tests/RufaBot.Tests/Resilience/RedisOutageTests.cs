using System.Text.Json.Nodes;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.ScaleOut;

namespace RufaBot.Tests.Resilience;

/// <summary>
/// Redis, which holds the drafts and the turn locks, dies in the middle of intakes and comes back. Redis here keeps its
/// data on disk (append-only file, fsync on every write), as a production Redis holding conversation state must: the
/// outage is a crash of the server process (SIGKILL) and a restart on the same port, so what a real outage does to
/// connections (dropped, then re-established by the client) happens for real. Without persistence a restart would
/// empty Redis, and drafts with it; that is a deployment choice the README states, not something a test can hide.
/// </summary>
[Collection(nameof(RufaBotProcesses))]
public sealed class RedisOutageTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IAsyncLifetime
{
    private const int Reporters = 3;
    private const int AnsweredBefore = 7;
    private readonly RedisServer _redis = new() { Persistent = true };
    private FakeConnector _connector = null!;
    private BotCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        await _redis.InitializeAsync();
        _connector = await FakeConnector.StartAsync();
        _cluster = await BotCluster.StartAsync(1, _redis, postgres, _connector.ServiceUrl);
    }

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        await _connector.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task RedisDown_UsersAreToldTheirAnswersAreKept_ReadyzSaysSo_AndAfterwardsEachDraftGoesOnToOneConcern()
    {
        var bot = _cluster.Bots[0];
        var alone = NewUser("alone");
        await alone.WalkAsync([bot]);
        var expected = alone.NormalisedReplies();
        var users = Enumerable.Range(0, Reporters).Select(u => NewUser($"reporter{u}")).ToList();
        foreach (var user in users)
            await user.WalkAsync([bot], to: AnsweredBefore);

        await _redis.StopAsync();
        await Task.WhenAll(users.Select(async user =>
        {
            var (status, replies) = await user.SayAsync(bot, IntakeTurns.All[AnsweredBefore], "conversation memory");
            Assert.Equal(200, status);
            var reply = Assert.Single(replies);
            Assert.Contains("Everything you answered before it is kept", reply);
        }));
        var (readyStatus, ready) = await ReadyzAsync(bot);
        Assert.Equal(503, readyStatus);
        Assert.Equal("Unhealthy", (string?)ready["dependencies"]!["redis"]!["status"]);

        await _redis.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await ReadyzAsync(bot)).Status != 200)
        {
            Assert.True(DateTime.UtcNow < deadline, "/readyz did not recover within 30 s of Redis coming back");
            await Task.Delay(250);
        }

        // The answer the outage refused, sent again, is taken by the question each draft was at; the intake goes on.
        foreach (var user in users)
        {
            await user.WalkAsync([bot], from: AnsweredBefore);
            var replies = user.NormalisedReplies();
            Assert.Equal(expected.Take(AnsweredBefore), replies.Take(AnsweredBefore));
            Assert.Equal(expected.Skip(AnsweredBefore), replies.Skip(AnsweredBefore + 1));
        }
        Assert.Equal(Reporters + 1, await _cluster.CountAsync("""SELECT count(*) FROM "Concerns" """));
    }

    private ChatUser NewUser(string name) => new(name, _connector.ServiceUrl, () => _connector.Requests);

    private static async Task<(int Status, JsonObject Body)> ReadyzAsync(HttpClient bot)
    {
        var response = await bot.GetAsync("readyz");
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }
}
