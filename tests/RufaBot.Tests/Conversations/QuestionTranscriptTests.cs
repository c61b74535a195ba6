using System.Text.Json.Nodes;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Conversations;

/// <summary>Questions about responsibilities through the real host, offline: cited answers, feedback, concerns recognised.</summary>
public sealed class QuestionTranscriptTests : RunningBot
{
    [Fact]
    public async Task SeriousViolationQuestion_GetsACitedAnswerCard_WithFeedbackButtons()
    {
        var t = new Transcript(Bot, Connector);

        await t.Send("What must I do if I learn of a serious violation?");

        var card = t.LastCard();
        var json = card.ToJsonString();
        // The answer is RufaBot's guidance, labelled as such, with its source listed.
        Assert.Contains("guidance, not UN policy", json);
        Assert.Contains("[1] RufaBot guidance, what to do if you learn of a serious violation", json);
        Assert.Contains("\\u0022rufa\\u0022:\\u0022feedback\\u0022".Replace("\\u0022", "\""), json);
        var yes = card["actions"]!.AsArray().Select(a => a!["data"]!.AsObject()).First(d => (bool?)d["helpful"] == true);

        (await t.Submit(yes.DeepClone().AsObject())).AssertReply("Thank you, glad it helped.");
    }

    [Fact]
    public async Task QuestionOnAnotherChannel_GetsTextWithNumberedSources()
    {
        var t = new Transcript(Bot, Connector, channelId: "webchat");

        await t.Send("Is the human rights induction mandatory for all staff?");

        var text = (string?)t.LastReplies[^1]["text"];
        Assert.Contains("[1] ", text);
        Assert.Contains("Detailed Action Plan", text);
    }

    [Fact]
    public async Task ReportOfHarm_IsNotAnsweredFromDocuments_ButOfferedAsAConcern()
    {
        var t = new Transcript(Bot, Connector);

        (await t.Send("I saw soldiers detaining people at the market yesterday")).AssertReply("raise a concern");
        Assert.DoesNotContain(t.LastReplies, r => r["attachments"] is not null);
    }

    [Fact]
    public async Task Greeting_GetsWhatRufaBotCanDo()
    {
        var t = new Transcript(Bot, Connector);
        (await t.Send("hello")).AssertReply("Here is what I can do");
    }

    [Fact]
    public async Task ForgedFeedbackWithoutAnAnswerId_IsNotRecordedAsFeedback()
    {
        var t = new Transcript(Bot, Connector);
        (await t.Submit(new JsonObject { ["rufa"] = "feedback", ["helpful"] = true })).AssertNoReplyContains("glad it helped");
    }
}
