using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

public sealed class InterruptionTests
{
    [Fact]
    public void Cancel_Confirmed_EndsCancelledWithEmptyState()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating")
            .Send("cancel").Asks(PromptKind.Confirm, FlowRunner.CancelStepId).Reply("stop here")
            .Send("yes").Status(FlowStatus.Cancelled).Reply("Nothing was kept");

        Assert.False(t.State!.IsActive);
    }

    [Fact]
    public void Cancel_Declined_ReasksTheCurrentStep()
    {
        SampleAnswers.Sample().AnswerUntil("rating")
            .Send("Cancel!").Send("no").Asks(PromptKind.Number, "rating").Status(FlowStatus.Waiting);
    }

    [Fact]
    public void Cancel_ByCardButtonAndToggle_Works()
    {
        SampleAnswers.Sample().AnswerUntil("lastUsed")
            .Command(FlowCommand.Cancel).Asks(FlowRunner.CancelStepId)
            .SendCard($$"""{"{{FlowRunner.CancelStepId}}":"true"}""").Status(FlowStatus.Cancelled);
    }

    [Fact]
    public void Cancel_AnsweredWithSomethingElse_TakesItAsTheAnswer()
    {
        SampleAnswers.Sample().AnswerUntil("rating").Send("stop").Send("4").Asks("screenshots");
    }

    [Fact]
    public void Back_ShowsPreviousQuestionWithItsAnswerKept()
    {
        var t = SampleAnswers.Sample().AnswerUntil("dutyStation").Send("back").Asks(PromptKind.Date, "lastUsed");

        Assert.Equal(new DateAnswer(new DateOnly(2025, 3, 18)), t.Prompt.Current);
        Assert.Equal("18 March 2025", t.Prompt.CurrentText);
        Assert.Contains("(18 March 2025)", t.Prompt.ToPlainText());

        t.Send("back").Asks("liked");
        Assert.Equal("Clear answers, Speed", t.Prompt.CurrentText);
        Assert.Equal("clarity,speed", t.Prompt.Current!.ToInputValue());

        t.Send("clarity").Asks("lastUsed").Send("today").Asks("dutyStation").Send("Kenya");
    }

    [Fact]
    public void Back_AtFirstQuestion_SaysSoAndReasks()
    {
        SampleAnswers.Sample().Send("back").Reply("first question").Asks("topic");
    }

    [Fact]
    public void Back_AcrossBranch_ChangedAnswerChangesThePath()
    {
        var t = SampleAnswers.Sample().Send("other").Send("Newsletter").Asks("liked")
            .Send("back").Asks("otherTopic").Send("back").Asks("topic")
            .Send("1").Asks("liked").AnswerUntil("wantsContact").Send("no").Status(FlowStatus.Complete);

        // The follow-up answered on the abandoned path is not part of the result.
        Assert.False(t.Last!.Result!.Answers.ContainsKey("otherTopic"));
    }

    [Fact]
    public void Back_OutOfAndIntoChildFlow()
    {
        var t = SampleAnswers.Sample().AnswerUntil("name")
            .Send("back").Asks(PromptKind.Confirm, "wantsContact")
            .Send("yes").Asks("name").Send("Amina").Asks("email").Send("back").Asks("name");
        Assert.Equal("Amina", t.Prompt.CurrentText);

        t.Send("Amina B.").Send("amina@un.org").Status(FlowStatus.Complete);
        Assert.Equal("Amina B.", ((TextAnswer)t.Last!.Result!.Get<FlowAnswer>("contact")!.Values["name"]).Text);
    }

    [Fact]
    public void Back_FromStepAfterCompletedChild_ReentersChildAtItsLastQuestion()
    {
        // A flow whose call is followed by another question.
        using var folder = DialogFolder.CopyOfRepo()
            .AddStrings(("t.q", "Last question?"), ("t.title", "test"))
            .Write("t-after.dialog.json", """
                { "$schema": "./dialog.schema.json", "id": "t-after", "version": 1, "title": "t.title",
                  "steps": [ { "id": "contact", "kind": "call", "dialog": "sample-contact" },
                             { "id": "last", "kind": "confirm", "text": "t.q" } ] }
                """);
        var t = new Transcript(folder.Load()).Begin("t-after")
            .Send("Amina").Send("amina@un.org").Asks("last")
            .Send("back").Asks("email");
        Assert.Equal("amina@un.org", t.Prompt.CurrentText);
        t.Send("a@un.org").Asks("last").Send("yes").Status(FlowStatus.Complete);
    }

    [Fact]
    public void Help_SaysStepHelpThenReasks()
    {
        SampleAnswers.Sample().Send("help").Reply("Pick Other if none fits").Asks("topic");
        SampleAnswers.Sample().AnswerUntil("rating").Send("?").Reply("Type a number").Asks("rating");
    }

    [Fact]
    public void StartOver_Confirmed_RestartsRootFlowFromScratch()
    {
        var t = SampleAnswers.Sample().AnswerUntil("name")
            .Send("start over").Reply("Start again from the first question")
            .Send("yes").Reply("Starting again").Reply("Thank you for taking a minute").Asks("topic");

        Assert.Single(t.State!.Stack);
        Assert.Null(t.Prompt.Current);
    }

    [Fact]
    public void StartOver_Declined_ReasksCurrentStep()
    {
        SampleAnswers.Sample().AnswerUntil("rating").Command(FlowCommand.StartOver).Send("non").Asks("rating");
    }
}
