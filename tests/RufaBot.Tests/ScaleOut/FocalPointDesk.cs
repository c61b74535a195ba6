using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.ScaleOut;

/// <summary>
/// What the Connector accepted, read as chats (cards and plain messages per conversation), and the focal point's hand
/// on a card: a real <c>adaptiveCard/action</c> invoke POSTed to whichever instance the test picks.
/// </summary>
internal sealed class FocalPointDesk(Uri serviceUrl, Func<IEnumerable<FocalPointDesk.Call>> accepted)
{
    /// <summary>A Connector call that was answered with success.</summary>
    public sealed record Call(string Method, string ConversationId, string Body)
    {
        public JsonObject Activity => JsonNode.Parse(Body)!.AsObject();
    }

    public static FocalPointDesk For(FakeConnector connector) =>
        new(connector.ServiceUrl, () => connector.AcceptedCalls.Where(c => c.Method != "CREATE").Select(c => new Call(c.Method, c.ConversationId, c.Body)));

    public IReadOnlyList<Call> Accepted => [.. accepted()];

    /// <summary>Escalation cards sent (not updated in place) into the chat; they carry a refresh action.</summary>
    public IReadOnlyList<JsonObject> CardsIn(string conversationId) =>
        [.. Posted(conversationId).Where(a => a["attachments"] is JsonArray { Count: > 0 })
            .Select(a => a["attachments"]![0]!["content"]!.AsObject()).Where(c => c["refresh"] is not null)];

    /// <summary>Plain messages sent into the chat (not cards, whose fallback text names the reference too).</summary>
    public IReadOnlyList<string> TextsIn(string conversationId) =>
        [.. Posted(conversationId).Where(a => a["attachments"] is null).Select(a => (string?)a["text"]).OfType<string>()];

    private IEnumerable<JsonObject> Posted(string conversationId) =>
        accepted().Where(c => c.Method == "POST" && c.ConversationId == conversationId).Select(c => c.Activity);

    /// <summary>Every action of a card carries the same data: the concern id and the card's version.</summary>
    public static JsonObject Data(JsonObject card) => card["refresh"]!["action"]!["data"]!.DeepClone().AsObject();

    public static string ConcernOf(JsonObject card) => (string)card["refresh"]!["action"]!["data"]!["concern"]!;

    /// <summary>Presses a card button as <paramref name="aad"/> in their chat; returns the card the invoke answered with.</summary>
    public async Task<JsonObject> PressAsync(HttpClient bot, string aad, string verb, JsonObject data)
    {
        var activity = Payloads.Load("personal-invoke-adaptiveCard-action", serviceUrl, conversationId: BotCluster.ChatOf(aad));
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        var response = await bot.PostAsJsonAsync("/api/messages", activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.True(200 == (int?)body["statusCode"], $"{verb}: {body.ToJsonString()}");
        return body["value"]!.AsObject();
    }

    /// <summary>Acknowledges the concern of <paramref name="card"/>, then escalates it to the next tier.</summary>
    public async Task AcknowledgeAndEscalateAsync(HttpClient acknowledgeOn, HttpClient escalateOn, string aad, JsonObject card)
    {
        var acknowledged = await PressAsync(acknowledgeOn, aad, "acknowledge", Data(card));
        Assert.Contains("Acknowledged", acknowledged.ToJsonString());
        var escalate = Data(acknowledged);
        escalate["escalateReason"] = "Attacks continue; the adviser must assess";
        Assert.Contains("Escalated to the country level", (await PressAsync(escalateOn, aad, "escalate", escalate)).ToJsonString());
    }
}
