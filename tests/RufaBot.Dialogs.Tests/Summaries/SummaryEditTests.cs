using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Summaries;

// "Edit" from a summary: the question comes back prefilled, and answering it returns straight to the summary,
// through any question the new answer makes necessary.
public sealed class SummaryEditTests
{
    [Fact]
    public void Edit_PrefillsTheQuestion_AndAnsweringReturnsToTheSummary()
    {
        var t = ReviewFlow.AtSummary().Send("edit 2").Asks(PromptKind.Text, "name");
        Assert.Equal("Amina", t.Prompt.CurrentText);

        t.Send("Awa").Asks(PromptKind.Summary, "review").NoReply("Almost done.");
        Assert.Equal("Awa", t.Prompt.Items[1].Answer);
        Assert.Equal(["topic", "name", "when"], t.State!.Stack[0].History);
    }

    [Fact]
    public void Edit_ThatChangesABranch_AsksTheNewlyNeededQuestion_ThenReturns()
    {
        var t = ReviewFlow.AtSummary("a").Send("edit 1").Asks("topic")
            .Send("b").Reply("Bananas need a detail.").Asks(PromptKind.Text, "detail")
            .Send("ripe").NoReply("Almost done.").Asks(PromptKind.Summary, "review");

        Assert.Equal(["topic", "detail", "name", "when"], t.Prompt.Items.Select(i => i.StepId));
        Assert.Equal("Amina", t.Prompt.Items[2].Answer);
        t.Send("submit").Status(FlowStatus.Complete);
        Assert.Equal(["topic", "detail", "name", "when"], t.Last!.Result!.Path);
    }

    [Fact]
    public void Edit_ThatLeavesABranch_DropsItsAnswerFromTheSummaryAndTheResult()
    {
        var t = ReviewFlow.AtSummary("b").Send("edit 1").Send("a").Asks(PromptKind.Summary, "review").NoReply("Bananas");

        Assert.Equal(["topic", "name", "when"], t.Prompt.Items.Select(i => i.StepId));
        t.Send("submit").Status(FlowStatus.Complete);
        Assert.Null(t.Last!.Result!.Get<TextAnswer>("detail"));
    }

    [Fact]
    public void BackAndForthOverABranch_KeepsTheEarlierDetailAsPrefill()
    {
        var t = ReviewFlow.AtSummary("b").Send("edit 1").Send("a").Send("edit 1").Send("b").Asks("detail");

        Assert.Equal("ripe", t.Prompt.CurrentText);
    }

    [Fact]
    public void Back_WhileEditing_ReturnsToTheSummaryUnchanged()
    {
        var t = ReviewFlow.AtSummary().Send("edit 2").Asks("name").Command(FlowCommand.Back).Asks(PromptKind.Summary, "review");

        Assert.Equal("Amina", t.Prompt.Items[1].Answer);
        Assert.Null(t.State!.Stack[0].ReturnTo);
    }

    [Fact]
    public void Back_FromANewlyNeededQuestion_GoesToTheEditedOne_ThenOnToTheSummary()
    {
        ReviewFlow.AtSummary("a").Send("edit 1").Send("b").Asks("detail")
            .Send("back").Asks("topic").Send("b").Asks("detail").Send("ripe").Asks(PromptKind.Summary, "review");
    }

    [Fact]
    public void Back_FromTheSummary_AsksTheLastQuestion_ThenComesBack()
    {
        var t = ReviewFlow.AtSummary().Send("back").Asks(PromptKind.Date, "when");
        Assert.Contains(t.Prompt.Actions, a => a.Command == FlowCommand.Skip);

        t.Send("yesterday").Reply("Almost done.").Asks(PromptKind.Summary, "review");
        Assert.Equal("18 March 2025", t.Prompt.Items[2].Answer);
    }

    [Fact]
    public void SkippingAnEditedOptionalQuestion_ShowsItAsNotAnswered()
    {
        var t = ReviewFlow.AtSummary().Send("edit 3").Send("yesterday").Send("edit 3").Send("skip");

        Assert.False(t.Asks("review").Prompt.Items[2].Answered);
    }

    [Fact]
    public void AnInvalidAnswerWhileEditing_IsRefusedAndStaysInTheEdit()
    {
        ReviewFlow.AtSummary("b").Send("edit 2").Asks("detail").Send("x").Error("at least 3").Asks("detail")
            .Send("green").Asks("review");
    }

    [Fact]
    public void Cancel_AtTheSummary_AsksToConfirmAsEverywhere()
    {
        ReviewFlow.AtSummary().Send("cancel").Asks(PromptKind.Confirm, FlowRunner.CancelStepId).Send("yes").Status(FlowStatus.Cancelled);
    }

    [Fact]
    public void Help_AtTheSummary_SaysTheEngineHelp()
    {
        ReviewFlow.AtSummary().Send("help").Reply("edit and its number").Asks("review");
    }

    [Fact]
    public void AnEditInProgress_SurvivesPauseAndResume()
    {
        var t = ReviewFlow.AtSummary().Send("edit 2").Pause().Resume().Asks("name");

        Assert.Equal("review", t.State!.Stack[0].ReturnTo);
        t.Send("Awa").Asks("review");
    }
}
