using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.ScaleOut;

/// <summary>
/// Two RufaBot processes behind one Redis and one PostgreSQL database, every reporter's messages alternating between
/// them, and the focal points pressing card buttons on either: each turn is answered exactly as a lone instance answers
/// it, each intake ends in one concern, each card and notice arrives once, and each SLA reminder is sent once.
/// </summary>
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
        for (var i = 0; i < IntakeTurns.All.Length; i++)
            await alone.SaidAsync(_cluster.Bots[0], IntakeTurns.All[i], IntakeTurns.Expected(i));
        var expected = alone.Turns.Select(t => alone.RepliesTo(t.ActivityId).Select(IntakeTurns.Normalised).ToList()).ToList();

        var users = Enumerable.Range(0, Reporters).Select(u => NewUser($"reporter{u:00}")).ToList();
        await Task.WhenAll(users.Select((user, u) => Task.Run(async () =>
        {
            for (var i = 0; i < IntakeTurns.All.Length; i++)
                await user.SaidAsync(_cluster.Bots[(u + i) % 2], IntakeTurns.All[i], IntakeTurns.Expected(i));
        })));
        await Task.Delay(1000);

        foreach (var user in users)
            for (var i = 0; i < user.Turns.Count; i++)
                Assert.Equal(expected[i], user.RepliesTo(user.Turns[i].ActivityId).Select(IntakeTurns.Normalised).ToList());
        var concerns = Reporters + 1;
        Assert.Equal(concerns, await _cluster.CountAsync("""SELECT count(*) FROM "Concerns" """));

        // One card per concern reaches the first tier, whichever instance stored the concern.
        await _cluster.DrainOutboxAsync();
        var cards = CardsIn(BotCluster.ChatOf(BotCluster.FocalPoint));
        Assert.Equal(concerns, cards.Count);
        Assert.Equal(concerns, cards.Select(c => (string)c["refresh"]!["action"]!["data"]!["concern"]!).Distinct().Count());

        // The focal point acknowledges each on one instance and escalates it on the other, all at once.
        await Task.WhenAll(cards.Select((card, k) => Task.Run(async () =>
        {
            var acknowledged = await PressAsync(_cluster.Bots[k % 2], "acknowledge", Data(card));
            Assert.Contains("Acknowledged", acknowledged.ToJsonString());
            var escalate = Data(acknowledged);
            escalate["escalateReason"] = "Attacks continue; the adviser must assess";
            Assert.Contains("Escalated to tier B2", (await PressAsync(_cluster.Bots[(k + 1) % 2], "escalate", escalate)).ToJsonString());
        })));

        await _cluster.DrainOutboxAsync();
        Assert.Equal(concerns, CardsIn(BotCluster.ChatOf(BotCluster.Adviser)).Count);
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
        var reminders = TextsIn(BotCluster.ChatOf(BotCluster.Adviser)).Where(t => t.Contains("HR-", StringComparison.Ordinal)).ToList();
        Assert.Equal(concerns, reminders.Count);
        Assert.Equal(concerns, reminders.Distinct().Count());
    }

    private ChatUser NewUser(string name) => new(name, _connector.ServiceUrl, () => _connector.Requests);

    // Cards sent (not updated in place) into the chat: escalation cards carry a refresh action.
    private List<JsonObject> CardsIn(string conversationId) =>
        [.. Posted(conversationId).Where(a => a["attachments"] is JsonArray { Count: > 0 })
            .Select(a => a["attachments"]![0]!["content"]!.AsObject()).Where(c => c["refresh"] is not null)];

    // Plain messages (not cards, whose fallback text names the reference too).
    private List<string> TextsIn(string conversationId) =>
        [.. Posted(conversationId).Where(a => a["attachments"] is null).Select(a => (string?)a["text"]).OfType<string>()];

    private IEnumerable<JsonObject> Posted(string conversationId) =>
        _connector.Requests.Where(r => r.Method == "POST" && r.PathAndQuery.Contains($"/conversations/{Uri.EscapeDataString(conversationId)}/", StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)!.AsObject());

    // Every action of a card carries the same data: the concern id and the card's version.
    private static JsonObject Data(JsonObject card) => card["refresh"]!["action"]!["data"]!.DeepClone().AsObject();

    /// <summary>Presses a card button as the focal point: a real invoke POST; returns the card in the answer.</summary>
    private async Task<JsonObject> PressAsync(HttpClient bot, string verb, JsonObject data)
    {
        var activity = Payloads.Load("personal-invoke-adaptiveCard-action", _connector.ServiceUrl, conversationId: BotCluster.ChatOf(BotCluster.FocalPoint));
        activity["from"] = new JsonObject { ["id"] = "29:" + BotCluster.FocalPoint, ["aadObjectId"] = BotCluster.FocalPoint, ["name"] = "Person B1" };
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        var response = await bot.PostAsJsonAsync("/api/messages", activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(200 == (int?)body["statusCode"], $"{verb}: {body.ToJsonString()}");
        return body["value"]!.AsObject();
    }
}
