using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

public sealed class FlowRunnerTests
{
    [Fact]
    public void Sample_WithEveryKind_CompletesWithTypedResult()
    {
        var t = SampleAnswers.Sample()
            .Reply("Thank you for taking a minute").Asks(PromptKind.Choice, "topic")
            .Send("4").Asks(PromptKind.Text, "otherTopic")
            .Send("The newsletter").Asks(PromptKind.Choice, "liked")
            .Send("clear answers, speed").Asks(PromptKind.Date, "lastUsed")
            .Send("3 days ago").Asks(PromptKind.Country, "dutyStation")
            .Send("Ivory Coast").Asks(PromptKind.Number, "rating")
            .Send("5").Asks(PromptKind.Attachment, "screenshots")
            .SendFiles(new AttachmentInfo("screen.png", "image/png", 2048, "https://files.example/screen.png"))
            .Asks(PromptKind.Text, "reference")
            .Send("ab-1234").Asks(PromptKind.Confirm, "wantsContact")
            .Send("yes").Asks(PromptKind.Text, "name")
            .Send("Amina").Asks(PromptKind.Text, "email")
            .Send("amina@un.org")
            .Reply("we have your contact details").Reply("your feedback has been recorded")
            .Status(FlowStatus.Complete);

        var result = t.Last!.Result!;
        Assert.Equal("sample-feedback", result.FlowId);
        Assert.Equal("other", result.Get<ChoiceAnswer>("topic")!.Choice);
        Assert.Equal(["clarity", "speed"], result.Get<ChoicesAnswer>("liked")!.Choices);
        Assert.Equal(new DateOnly(2025, 3, 16), result.Get<DateAnswer>("lastUsed")!.Date);
        Assert.Equal("CI", result.Get<CountryAnswer>("dutyStation")!.Code);
        Assert.Equal(5m, result.Get<NumberAnswer>("rating")!.Number);
        Assert.Equal("screen.png", result.Get<AttachmentsAnswer>("screenshots")!.Files[0].Name);
        Assert.True(result.Get<BoolAnswer>("wantsContact")!.Value);
        var contact = result.Get<FlowAnswer>("contact")!;
        Assert.Equal("amina@un.org", ((TextAnswer)contact.Values["email"]).Text);
        Assert.Empty(t.State!.Stack);

        var json = result.ToJson();
        Assert.Equal("CI", (string?)json["dutyStation"]);
        Assert.Equal("Amina", (string?)json["contact"]!["name"]);
        Assert.Equal("2025-03-16", (string?)json["lastUsed"]);
    }

    [Fact]
    public void Branch_WhenTopicIsNotOther_SkipsTheFollowUpQuestion()
    {
        SampleAnswers.Sample().Send("guidance documents").Asks(PromptKind.Choice, "liked");
    }

    [Fact]
    public void Branch_WhenNoContactWanted_EndsWithoutCallingChild()
    {
        var t = SampleAnswers.Sample().AnswerUntil("wantsContact").Send("no")
            .Reply("your feedback has been recorded").Status(FlowStatus.Complete);

        Assert.Null(t.Last!.Result!.Get<FlowAnswer>("contact"));
        Assert.False(t.Last.Result.Get<BoolAnswer>("wantsContact")!.Value);
    }

    [Fact]
    public void Prompt_DescribesChoicesWithStableIdsAndActions()
    {
        var p = SampleAnswers.Sample().Prompt;

        Assert.Equal(["bot", "guidance", "training", "other"], p.Choices.Select(c => c.Id));
        Assert.Equal("The chat assistant", p.Choices[0].Text);
        Assert.Contains("Pick Other", p.Help);
        Assert.Contains(p.Actions, a => a.Command == Input.FlowCommand.Cancel && a.Label == "Cancel");
        Assert.DoesNotContain(p.Actions, a => a.Command == Input.FlowCommand.Back);
        Assert.Contains("1. The chat assistant", p.ToPlainText());
    }

    [Fact]
    public void Prompt_CarriesBoundsForTheHostToRender()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating");
        Assert.Equal((1m, 5m, true), (t.Prompt.Min, t.Prompt.Max, t.Prompt.Integer));

        t.Send("3").Asks("screenshots");
        Assert.True(t.Prompt.Optional);
        Assert.Equal(3m, t.Prompt.Max);
    }

    [Fact]
    public void OptionalSteps_SkippedByWordOrEmptyCard_LeaveNoAnswer()
    {
        var t = SampleAnswers.Sample().AnswerUntil("liked").Send("skip").Asks("lastUsed")
            .AnswerUntil("screenshots").SendCard("""{"screenshots":""}""").Asks("reference")
            .Send("pass").Asks("wantsContact").Send("no").Status(FlowStatus.Complete);

        Assert.False(t.Last!.Result!.Answers.ContainsKey("liked"));
        Assert.False(t.Last.Result.Answers.ContainsKey("screenshots"));
        Assert.False(t.Last.Result.Answers.ContainsKey("reference"));
    }

    [Fact]
    public void Begin_UnknownDialog_Throws()
    {
        var runner = new FlowRunner(RepoDialogs.Catalog);
        Assert.Throws<ArgumentException>(() => runner.Begin("nope", "en", RepoDialogs.Now));
    }
}
