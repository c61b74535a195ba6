using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Summaries;

// What a summary shows: answers on the path taken, with labels, in the user's language.
public sealed class SummaryPromptTests
{
    [Fact]
    public void Summary_ListsTheAnsweredQuestionsWithTheirLabels()
    {
        var p = ReviewFlow.AtSummary().Prompt;

        Assert.Equal("Please check your answers.", p.Text);
        Assert.Equal(["topic", "name", "when"], p.Items.Select(i => i.StepId));
        Assert.Equal(new SummaryItem("topic", "Topic", "Apples", Editable: true, Answered: true), p.Items[0]);
        // No label: the question text names it.
        Assert.Equal("What is your name?", p.Items[1].Label);
        Assert.Equal("Amina", p.Items[1].Answer);
        Assert.Equal([new PromptChoice("submit", "Submit")], p.Choices);
        Assert.Contains(p.Actions, a => a.Command == Input.FlowCommand.Back);
        Assert.Contains(p.Actions, a => a.Command == Input.FlowCommand.Cancel);
        Assert.DoesNotContain(p.Actions, a => a.Command == Input.FlowCommand.Skip);
    }

    [Fact]
    public void Summary_ShowsASkippedOptionalQuestionAsNotAnswered()
    {
        var when = ReviewFlow.AtSummary().Prompt.Items[2];

        Assert.Equal(new SummaryItem("when", "When", "Not answered", Editable: true, Answered: false), when);
    }

    [Fact]
    public void Summary_ListsOnlyTheQuestionsOfThePathTaken()
    {
        Assert.Equal(["topic", "detail", "name", "when"], ReviewFlow.AtSummary("b").Prompt.Items.Select(i => i.StepId));
        Assert.DoesNotContain(ReviewFlow.AtSummary("a").Prompt.Items, i => i.StepId == "detail");
    }

    [Fact]
    public void PlainText_NumbersTheAnswersAndSaysHowToReply()
    {
        var text = ReviewFlow.AtSummary().Prompt.ToPlainText();

        Assert.Contains("1. Topic: Apples", text);
        Assert.Contains("2. What is your name?: Amina", text);
        Assert.Contains("3. When: Not answered", text);
        Assert.Contains("edit 2", text);
        Assert.DoesNotContain("1. Submit", text);
    }

    [Fact]
    public void Summary_RendersDatesAsIsoAndPeriodsAsApproximate()
    {
        var t = ReviewFlow.AtSummary().Send("edit 3").Asks("when").Send("2025-03-01");
        Assert.Equal("1 March 2025", t.Prompt.Items[2].Answer);

        t.Send("edit 3").Send("last week");
        Assert.Equal("around 10 March 2025", t.Prompt.Items[2].Answer);
    }

    [Fact]
    public void Summary_InFrench_UsesFrenchLabelsAndWords()
    {
        var t = new Transcript(ReviewFlow.Load(), "fr").Begin("review").Send("a").Send("Amina").Send("passer");
        var p = t.Asks(PromptKind.Summary, "review").Prompt;

        Assert.Equal("Sans réponse", p.Items[2].Answer);
        Assert.Equal("Envoyer", p.Choices[0].Text);
        Assert.Contains("modifier 2", p.Hint);
        t.Send("modifier 2").Asks("name").Send("Awa").Asks("review").Send("envoyer").Status(FlowStatus.Complete);
    }
}
