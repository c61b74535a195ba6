using System.Text.Json.Nodes;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.MyConcerns;

namespace RufaBot.Tests.Conversations;

/// <summary>
/// After an intake ends (submitted or stopped), no card it put in the Teams chat still shows an answer or has a live
/// button: each question card is closed on the next turn, whether it was answered from the card or by typing, and the
/// summary is replaced by the submitted card.
/// </summary>
public sealed class ClosedCardsTests : RunningBot
{
    private static readonly string[] Secrets = ["Armed men burned houses", "Mopti", "Bamako", "militia"];

    [Fact]
    public async Task AfterSubmit_EveryCardOfTheIntake_IsClosed_WithNoAnswerAndNoButton()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        // Some answers from the card itself (as Teams sends them, replyToId = the card), the rest typed.
        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "danger", ["danger"] = "no" });
        foreach (var answer in IntakeScript.ToConsent[1..])
            await t.Send(answer);
        await t.Send("anonymous");
        // The more details from the summary's button, back to the summary.
        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "summary", ["summary"] = "more" });
        foreach (var answer in IntakeScript.Details)
            await t.Send(answer);
        // Edit one answer from the summary, then submit.
        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "summary", ["summary"] = "edit:place" });
        await t.Send("Mopti town");
        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "summary", ["summary"] = "submit" });

        AssertEveryCardClosed(t.ConversationId, expectSubmitted: true);
    }

    [Fact]
    public async Task AfterStopping_EveryCardOfTheIntake_IsClosed()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        foreach (var answer in IntakeScript.ToConsent[..6])
            await t.Send(answer);
        await t.Send("cancel");
        (await t.Send("yes")).AssertReply("Stopped");

        AssertEveryCardClosed(t.ConversationId, expectSubmitted: false);
    }

    private void AssertEveryCardClosed(string conversationId, bool expectSubmitted)
    {
        var updates = Connector.UpdatesIn(conversationId);
        var cards = Connector.Requests
            .Where(r => r.Method == "POST" && r.PathAndQuery.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal))
            .Where(r => JsonNode.Parse(r.Body)?["attachments"]?[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
            .Select(Connector.IdOf).ToList();
        Assert.True(cards.Count >= 5, $"only {cards.Count} cards");
        foreach (var id in cards)
        {
            var last = updates.LastOrDefault(u => u.ActivityId == id).Activity;
            Assert.True(last is not null, $"card {id} was never closed");
            var json = last!.ToJsonString();
            var content = last["attachments"]![0]!["content"]!;
            // No button of the intake; the submitted card's way to "my concerns" is not one.
            var intakeButtons = content["actions"]?.AsArray().Where(a => (string?)a!["data"]?["rufa"] != "myConcerns").ToList() ?? [];
            Assert.True(intakeButtons.Count == 0, $"card {id} still has buttons: {json}");
            Assert.DoesNotContain("Input.", json, StringComparison.Ordinal);
            foreach (var secret in Secrets)
                Assert.DoesNotContain(secret, json, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(expectSubmitted, updates.Any(u => u.Activity.ToJsonString().Contains("Concern submitted", StringComparison.Ordinal)));
    }
}
