using System.Text.Json.Nodes;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;
using RufaBot.Tests.MyConcerns;

namespace RufaBot.Tests.Cards;

/// <summary>In Teams, a refused answer comes back in its box, and the date question takes a date or words.</summary>
public sealed class PromptCardFormsTests : RunningBot
{
    [Fact]
    public async Task ARefusedAnswer_ComesBackInTheBox_AndTheDateCard_TakesWordsToo()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("raise a concern");
        // The chat list shows where the person is and the question, rather than "Sent a card".
        Assert.StartsWith("Question 1 of 7: First, your safety.", (string?)t.LastReplies[^1]["summary"]);
        foreach (var answer in IntakeScript.ToConsent[..2])
            await t.Send(answer);

        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "what", ["what"] = "Too short." });
        Assert.Equal("Too short.", (string?)t.AssertCardInput("what", "Input.Text")["value"]);

        foreach (var answer in IntakeScript.ToConsent[2..4])
            await t.Send(answer);
        var picker = t.AssertCardInput("when", "Input.Date");
        Assert.Equal(false, (bool?)picker["isRequired"]);
        t.AssertCardInput("when.typed", "Input.Text");
        await t.SubmitFromLastCard(new JsonObject { ["rufa"] = "answer", ["step"] = "when", ["when"] = "", ["when.typed"] = "last week" });
        t.AssertCardInput("groups", "Input.ChoiceSet");
    }
}
