using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.RateLimiting;

/// <summary>Per-user and per-conversation turn limits, with the real bot over HTTP.</summary>
public sealed class TurnRateLimitTests : LimitedBot
{
    internal const string Notice = "You're sending messages faster than I can take them in";

    protected override IReadOnlyDictionary<string, string?> Limits => new Dictionary<string, string?>
    {
        ["RateLimiting:PerUser:PermitLimit"] = "3",
        ["RateLimiting:PerUser:Window"] = "00:01:00",
        ["RateLimiting:PerConversation:PermitLimit"] = "3",
        ["RateLimiting:PerConversation:Window"] = "00:01:00",
    };

    [Fact]
    public async Task MessagePastThePerUserLimit_IsAnsweredWithANotice_AndHttp200()
    {
        var t = new Transcript(Bot, Connector);
        for (var i = 0; i < 3; i++)
            (await t.Send("feedback")).AssertNoReplyContains(Notice);

        var response = await Bot.PostAsJsonAsync("/api/messages", t.Activity(new JsonObject { ["text"] = "feedback" }));
        await t.Collect();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(t.LastReplies);
        Assert.Contains(Notice, (string?)reply["text"]);
        Assert.Contains("did not record", (string?)reply["text"]);
        Assert.Contains("send it again", (string?)reply["text"]);
    }

    // The limiter answers before the bot chooses the turn's language: the notice still speaks the one the person chose.
    [Fact]
    public async Task Notice_IsInTheLanguageThePersonChose_NotTheClients()
    {
        var t = new Transcript(Bot, Connector);
        (await t.Send("language es")).AssertReply("Idioma: Español");
        for (var i = 0; i < 2; i++)
            await t.Send("feedback");

        (await t.Send("feedback")).AssertNoReplyContains(Notice);
        var reply = Assert.Single(t.LastReplies);
        Assert.Equal(App.Services.GetRequiredService<RufaBot.Dialogs.FlowCatalog>().Text("rateLimiting.slowDown", "es"), (string?)reply["text"]);
    }

    [Fact]
    public async Task RefusedMessage_DoesNotAdvanceOrChangeTheDialog()
    {
        var t = new Transcript(Bot, Connector);
        (await t.Send("feedback")).AssertReply("What is your feedback about?");
        (await t.Answer("topic", "other")).AssertReply("What is it about?");
        (await t.Send("the intranet page")).AssertReply("What worked well?");
        var key = $"rufa:conv:v1:{t.ConversationId}|aad-reporter";
        var cache = App.Services.GetRequiredService<IDistributedCache>();
        var before = await cache.GetAsync(key);
        Assert.NotNull(before);

        (await t.Answer("liked", "clarity,speed")).AssertReply(Notice).AssertNoReplyContains("When did you last use it?");

        Assert.Equal(before, await cache.GetAsync(key));
    }

    [Fact]
    public async Task SameUser_IsCountedAcrossConversations()
    {
        var first = new Transcript(Bot, Connector);
        var second = new Transcript(Bot, Connector);
        await first.Send("feedback");
        await first.Send("feedback");
        (await second.Send("feedback")).AssertNoReplyContains(Notice);

        (await second.Send("feedback")).AssertReply(Notice).AssertNoReplyContains("What is your feedback about?");
    }

    [Fact]
    public async Task Conversation_IsCountedAcrossItsMembers()
    {
        var t = new Transcript(Bot, Connector);
        for (var i = 0; i < 3; i++)
            await Post(t, "29:member-" + i, "aad-member-" + i);

        await Post(t, "29:member-9", "aad-member-9");
        await t.Collect();

        Assert.Contains(t.LastReplies, r => ((string?)r["text"] ?? "").Contains(Notice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFlood_GetsOneNotice_NotOnePerMessage()
    {
        var t = new Transcript(Bot, Connector);
        for (var i = 0; i < 3; i++)
            await t.Send("feedback");

        for (var i = 0; i < 5; i++)
            await Bot.PostAsJsonAsync("/api/messages", t.Activity(new JsonObject { ["text"] = "feedback" }));
        await t.Collect();

        Assert.Single(t.LastReplies, r => ((string?)r["text"] ?? "").Contains(Notice, StringComparison.Ordinal));
        Assert.Single(t.LastReplies);
    }

    [Fact]
    public async Task AFloodFromNewConversations_GetsOneNotice_PerSender()
    {
        var first = new Transcript(Bot, Connector);
        for (var i = 0; i < 3; i++)
            await first.Send("feedback");

        var others = Enumerable.Range(0, 5).Select(_ => new Transcript(Bot, Connector)).ToList();
        foreach (var other in others)
            await Bot.PostAsJsonAsync("/api/messages", other.Activity(new JsonObject { ["text"] = "feedback" }));
        foreach (var other in others)
            await other.Collect();

        Assert.Equal(1, others.Sum(o => o.LastReplies.Count(r => ((string?)r["text"] ?? "").Contains(Notice, StringComparison.Ordinal))));
        Assert.Equal(1, others.Sum(o => o.LastReplies.Count));
    }

    [Fact]
    public async Task RefusedInvoke_Gets200_WithAnErrorTheClientShows()
    {
        var t = new Transcript(Bot, Connector);
        for (var i = 0; i < 3; i++)
            await t.Send("feedback");

        var invoke = t.Activity(new JsonObject { ["type"] = "invoke", ["name"] = "adaptiveCard/action", ["value"] = new JsonObject { ["action"] = new JsonObject { ["verb"] = "x" } } });
        var response = await Bot.PostAsJsonAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(429, (int?)body["statusCode"]);
        Assert.Equal("TooManyRequests", (string?)body["value"]!["code"]);
        Assert.Contains(Notice, (string?)body["value"]!["message"]);
    }

    [Fact]
    public async Task ActivitiesPeopleDoNotSend_AreNotCounted()
    {
        var t = new Transcript(Bot, Connector);
        for (var i = 0; i < 5; i++)
            await Bot.PostAsJsonAsync("/api/messages", t.Activity(new JsonObject { ["type"] = "typing" }));

        (await t.Send("feedback")).AssertReply("What is your feedback about?");
    }

    private async Task Post(Transcript t, string id, string aadObjectId)
    {
        var activity = t.Activity(new JsonObject { ["text"] = "feedback" });
        activity["from"] = new JsonObject { ["id"] = id, ["aadObjectId"] = aadObjectId, ["name"] = "Member" };
        var response = await Bot.PostAsJsonAsync("/api/messages", activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
