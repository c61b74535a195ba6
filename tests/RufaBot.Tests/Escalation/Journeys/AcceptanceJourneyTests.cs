using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Tests.Conversations;

namespace RufaBot.Tests.Escalation.Journeys;

/// <summary>
/// Issue 5's acceptance, end to end through HTTP only: a concern raised in the reporter's chat reaches the configured
/// focal point as a card (through the outbox to the fake Connector), who acknowledges and escalates it from the card;
/// the next tier receives its card; the reporter is told at each step in their own chat, and never sees who acted.
/// </summary>
public sealed class AcceptanceJourneyTests : EscalationBot
{
    // The essentials only: with "raise a concern" before them and "submit" after, a concern reaches the focal point in
    // nine turns.
    private static readonly string[] Answers =
    [
        "no", "yes",
        "Armed men burned houses in two villages and told the families who stayed that they would be next.",
        "Mali", "last week", "women, children", "anonymous",
    ];

    [Fact]
    public async Task ConcernRaisedInChat_ReachesTheFocalPoint_IsEscalatedFromTheCard_AndTheReporterIsToldEachStep()
    {
        // The focal point has the app: their personal chat is known from their first message.
        var fpChat = "a:fp1-chat-" + Guid.NewGuid().ToString("N");
        await SayAsync(Fp1, fpChat, "pending");
        Assert.Contains(Connector.ActivitiesTo(fpChat), a => ((string?)a["text"])?.Contains("Nothing is waiting for your action") == true);

        var reporter = new Transcript(Bot, Connector);
        var turns = 1;
        await reporter.Send("raise a concern");
        foreach (var answer in Answers)
        {
            await reporter.Send(answer);
            turns++;
        }
        (await reporter.Answer("summary", "submit")).AssertReply("Reference: HR-");
        Assert.Equal(9, ++turns);

        await DrainOutboxAsync();
        var card = LastCardIn(fpChat);
        Assert.Contains("Armed men burned houses", card.ToJsonString());
        Assert.Contains("acknowledge", Verbs(card));
        Assert.Contains(EscalationCardData(card)["concern"]!.GetValue<string>(), card.ToJsonString());
        var data = EscalationCardData(card);

        var (_, ack) = await InvokeAsync(Fp1, "acknowledge", data, fpChat);
        Assert.Contains("Acknowledged", CardOf(ack).ToJsonString());
        var escalate = EscalationCardData(CardOf(ack));
        escalate["escalateReason"] = "Attacks continue; the RC must decide on a response";
        var (_, escalated) = await InvokeAsync(Fp1, "escalate", escalate, fpChat);
        Assert.Contains("Escalated to the country level", CardOf(escalated).ToJsonString());
        Assert.Empty(Verbs(CardOf(escalated)));

        await DrainOutboxAsync();
        var adviserCard = Connector.Requests.Select(r => JsonNode.Parse(r.Body)!.AsObject())
            .Where(a => a.ToJsonString().Contains("8:orgid:" + Adviser))
            .Select(a => a["attachments"]![0]!["content"]!.AsObject()).Last();
        Assert.Contains("acknowledge", Verbs(adviserCard));
        Assert.Contains("Attacks continue", adviserCard.ToJsonString());

        var toReporter = Connector.ActivitiesTo(reporter.ConversationId).Select(a => (string?)a["text"] ?? "").ToList();
        Assert.Contains(toReporter, t => t.Contains("a focal point has taken it up"));
        Assert.Contains(toReporter, t => t.Contains("passed to the country level"));
        Assert.DoesNotContain(toReporter, t => t.Contains("Fatou") || t.Contains("Attacks continue"));

        // The first tier's copy was updated in place to the read-only view.
        var updates = Connector.Requests.Where(r => r.Method == "PUT" && r.PathAndQuery.Contains(Uri.EscapeDataString(fpChat))).ToList();
        Assert.NotEmpty(updates);
        Assert.Empty(Verbs(JsonNode.Parse(updates[^1].Body)!["attachments"]![0]!["content"]!.AsObject()));

        await using var db = NewContext();
        var stored = await db.Concerns.SingleAsync();
        Assert.Equal((ConcernStatus.Escalated, EscalationTier.B2), (stored.Status, stored.Tier));
    }

    private async Task SayAsync(string aad, string conversationId, string text)
    {
        var t = new Transcript(Bot, Connector);
        var activity = t.Activity(new JsonObject { ["text"] = text });
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = "Fatou Diop" };
        activity["conversation"]!["id"] = conversationId;
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        await Connector.WaitForAsync(1);
    }

    private JsonObject LastCardIn(string conversationId) =>
        Connector.ActivitiesTo(conversationId).Last(a => a["attachments"] is not null)["attachments"]![0]!["content"]!.AsObject();

    // Every action of a card carries the same data: the concern id and the card's version.
    private static JsonObject EscalationCardData(JsonObject card) => card["refresh"]!["action"]!["data"]!.DeepClone().AsObject();
}
