using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Tests.Infrastructure;
using RufaBot.Testing;

namespace RufaBot.Tests.Conversations;

/// <summary>
/// A conversation with the real bot over HTTP, read like a transcript:
/// <c>await t.Send("feedback"); t.AssertReply("What is your feedback about?");</c>
/// Each step posts one activity and collects what the bot sent to the fake Connector for it.
/// </summary>
public sealed class Transcript(HttpClient bot, FakeConnector connector, string channelId = "msteams", string locale = "en-US")
{
    private readonly string _conversationId = "a:" + Guid.NewGuid().ToString("N");
    private int _seen;

    public string ConversationId => _conversationId;
    public IReadOnlyList<JsonObject> LastReplies { get; private set; } = [];

    public Task<Transcript> Send(string text) => Post(new JsonObject { ["text"] = text });

    /// <summary>What Teams sends when a card's Action.Submit is pressed: a message with no text and a value.</summary>
    public Task<Transcript> Submit(JsonObject value) => Post(new JsonObject { ["value"] = value });

    public Task<Transcript> Answer(string stepId, string value) =>
        Submit(new JsonObject { ["rufa"] = "answer", ["step"] = stepId, [stepId] = value });

    /// <summary>A submit from the last card the bot sent here, with <c>replyToId</c> = that card's id, as Teams sends it.</summary>
    public Task<Transcript> SubmitFromLastCard(JsonObject value) =>
        Post(new JsonObject { ["value"] = value, ["replyToId"] = connector.LastCardIdIn(_conversationId) });

    public Task<Transcript> Command(string command) => Submit(new JsonObject { ["rufa"] = "command", ["command"] = command });

    public async Task<Transcript> Post(JsonObject fields)
    {
        var activity = Activity(fields);
        var response = await bot.PostAsJsonAsync("/api/messages", activity);
        response.EnsureSuccessStatusCode();
        await Collect();
        return this;
    }

    public JsonObject Activity(JsonObject fields)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString(),
            ["channelId"] = channelId,
            ["serviceUrl"] = connector.ServiceUrl.ToString(),
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = "29:reporter", ["aadObjectId"] = "aad-reporter", ["name"] = "Alex" },
            ["recipient"] = new JsonObject { ["id"] = "28:rufabot", ["name"] = "RufaBot" },
            ["conversation"] = new JsonObject { ["id"] = _conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        };
        foreach (var (key, value) in fields)
            activity[key] = value?.DeepClone();
        return activity;
    }

    /// <summary>Takes every reply that arrived since the last step (the turn finished before the HTTP answer).</summary>
    public async Task Collect()
    {
        await Task.Delay(10);
        var mine = connector.ActivitiesTo(_conversationId);
        LastReplies = [.. mine.Skip(_seen)];
        _seen = mine.Count;
    }

    /// <summary>
    /// After a 202 (the turn finishes in the background): waits until a reply has arrived, within a bound no healthy
    /// run nears, then takes the replies.
    /// </summary>
    public async Task CollectOnceAnswered(TimeSpan bound)
    {
        var until = DateTime.UtcNow + bound;
        while (connector.ActivitiesTo(_conversationId).Count <= _seen && DateTime.UtcNow < until)
            await Task.Delay(50);
        await Collect();
    }

    /// <summary>Some reply of the last step contains <paramref name="expected"/> in its text or card.</summary>
    public Transcript AssertReply(string expected)
    {
        Assert.True(LastReplies.Any(r => r.ToJsonString().Contains(Json(expected), StringComparison.Ordinal)),
            $"No reply contains \"{expected}\". Replies:\n" + string.Join("\n", LastReplies.Select(r => r.ToJsonString())));
        return this;
    }

    public Transcript AssertNoReplyContains(string unexpected)
    {
        Assert.DoesNotContain(LastReplies, r => r.ToJsonString().Contains(Json(unexpected), StringComparison.Ordinal));
        return this;
    }

    /// <summary>The last reply is an Adaptive Card with an input of this id and type.</summary>
    public JsonObject AssertCardInput(string id, string type)
    {
        var card = LastCard();
        var input = card["body"]!.AsArray().Select(n => n!.AsObject()).FirstOrDefault(n => (string?)n["id"] == id);
        Assert.True(input is not null, $"No input '{id}' in card {card.ToJsonString()}");
        Assert.Equal(type, (string?)input!["type"]);
        return input;
    }

    public JsonObject LastCard()
    {
        var last = LastReplies.LastOrDefault() ?? throw new Xunit.Sdk.XunitException("The bot sent nothing.");
        var attachment = last["attachments"]?.AsArray().FirstOrDefault()?.AsObject()
            ?? throw new Xunit.Sdk.XunitException("The last reply has no card: " + last.ToJsonString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        return attachment["content"]!.AsObject();
    }

    // Replies are compared as serialized JSON, so quotes and non-ASCII letters are compared in their JSON form.
    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];
}
