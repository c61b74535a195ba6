using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Testing;

namespace RufaBot.Tests.ScaleOut;

/// <summary>
/// A reporter in their personal chat with RufaBot, who may reach any instance: each message goes to the instance the
/// test picks, and the replies to it are the Connector calls that answer that very activity (their path ends with
/// its id). Keeps the turns it took, so a test can compare what each turn got with what it should have got.
/// </summary>
internal sealed class ChatUser(string name, Uri serviceUrl, Func<IReadOnlyList<RecordedRequest>> connectorRequests)
{
    private readonly List<(string ActivityId, string Text)> _turns = [];

    public string AadObjectId { get; } = "aad-" + name;
    public string ConversationId { get; } = "a:" + name + "-" + Guid.NewGuid().ToString("N");
    public IReadOnlyList<(string ActivityId, string Text)> Turns => _turns;

    /// <summary>
    /// Posts <paramref name="text"/> to <paramref name="bot"/> and waits until a reply to it contains
    /// <paramref name="expected"/> (any reply when null). Returns the HTTP status and the replies so far.
    /// </summary>
    public async Task<(int Status, IReadOnlyList<string> Replies)> SayAsync(HttpClient bot, string text, string? expected = null, int seconds = 30)
    {
        var id = Guid.NewGuid().ToString();
        _turns.Add((id, text));
        var response = await bot.PostAsJsonAsync("/api/messages", Activity(id, text));
        var status = (int)response.StatusCode;
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        IReadOnlyList<string> replies;
        while (!Done(replies = RepliesTo(id), expected) && DateTime.UtcNow < deadline && status < 300)
            await Task.Delay(50);
        return (status, replies);
    }

    /// <summary>Like <see cref="SayAsync"/>, asserting a 2xx answer and a reply containing <paramref name="expected"/>.</summary>
    public async Task<IReadOnlyList<string>> SaidAsync(HttpClient bot, string text, string? expected = null, int seconds = 30)
    {
        var (status, replies) = await SayAsync(bot, text, expected, seconds);
        Assert.True(status is 200 or 202, $"{ConversationId}: \"{text}\" was answered {status}");
        Assert.True(Done(replies, expected), $"{ConversationId}: no reply to \"{text}\" contains \"{expected}\":\n{string.Join("\n", replies)}");
        return replies;
    }

    /// <summary>Types the intake's messages <paramref name="from"/> up to <paramref name="to"/>, turn i to instance (offset + i) mod n.</summary>
    public async Task WalkAsync(IReadOnlyList<HttpClient> bots, int from = 0, int? to = null, int offset = 0)
    {
        for (var i = from; i < (to ?? IntakeTurns.All.Length); i++)
            await SaidAsync(bots[(offset + i) % bots.Count], IntakeTurns.All[i], IntakeTurns.Expected(i));
    }

    /// <summary>The replies to every turn so far, reference and times blanked out.</summary>
    public IReadOnlyList<IReadOnlyList<string>> NormalisedReplies() =>
        [.. _turns.Select(t => (IReadOnlyList<string>)[.. RepliesTo(t.ActivityId).Select(IntakeTurns.Normalised)])];

    /// <summary>The texts (or card JSON) of the Connector calls that answered activity <paramref name="activityId"/>.</summary>
    public IReadOnlyList<string> RepliesTo(string activityId) =>
        [.. connectorRequests().Where(r => r.Method == "POST"
                && r.PathAndQuery.EndsWith($"/conversations/{Uri.EscapeDataString(ConversationId)}/activities/{Uri.EscapeDataString(activityId)}", StringComparison.Ordinal))
            .Select(r => Readable(JsonNode.Parse(r.Body)!.AsObject()))];

    /// <summary>Everything sent into this chat outside a turn (proactive notices) and every card update, as text.</summary>
    public IReadOnlyList<string> Proactive() =>
        [.. connectorRequests().Where(r => r.PathAndQuery.Contains($"/conversations/{Uri.EscapeDataString(ConversationId)}/activities", StringComparison.Ordinal)
                && !_turns.Any(t => r.Method == "POST" && r.PathAndQuery.EndsWith("/activities/" + Uri.EscapeDataString(t.ActivityId), StringComparison.Ordinal)))
            .Select(r => r.Method + " " + Readable(JsonNode.Parse(r.Body)!.AsObject()))];

    // A typing indicator is a reply too; it is kept so that a lost or doubled one also shows.
    private static string Readable(JsonObject activity) =>
        (string?)activity["text"] is { Length: > 0 } text ? text
        : activity["attachments"] is JsonArray { Count: > 0 } attachments ? attachments.ToJsonString()
        : (string?)activity["type"] ?? "";

    private static bool Done(IReadOnlyList<string> replies, string? expected) =>
        expected is null ? replies.Count > 0 : replies.Any(r => r.Contains(expected, StringComparison.Ordinal));

    private JsonObject Activity(string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["locale"] = "en-US",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = "29:" + AadObjectId, ["aadObjectId"] = AadObjectId, ["name"] = name },
        ["recipient"] = new JsonObject { ["id"] = "28:rufabot", ["name"] = "RufaBot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
    };
}
