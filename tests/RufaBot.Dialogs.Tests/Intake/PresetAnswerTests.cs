using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Intake;

// A host that offers fewer choices than the dialog (the web door: only "anonymous with no link") presets the answer:
// the question is never asked, cannot be edited or gone back to, and is in the result as if answered.
public sealed class PresetAnswerTests
{
    private static readonly Dictionary<string, string> Unlinked = new() { ["consent"] = "unlinked" };

    [Fact]
    public void APresetQuestion_IsNeverAsked_AndIsInTheResult()
    {
        var t = Transcript.Repo().Begin("raise-concern", Unlinked);
        for (var turns = 0; t.Prompt.Kind != PromptKind.Summary; turns++)
        {
            Assert.NotEqual("consent", t.Prompt.StepId);
            Assert.True(turns < 30, "too many turns");
            t.Send(ConcernAnswers.English[t.Prompt.StepId]);
        }

        var consent = Assert.Single(t.Prompt.Items, i => i.StepId == "consent");
        Assert.False(consent.Editable);
        Assert.Contains("no link", consent.Answer, StringComparison.Ordinal);
        t.SendCard("""{"summary":"edit:consent"}""").Asks(PromptKind.Summary, "summary");
        t.Send("submit").Status(FlowStatus.Complete);
        Assert.Equal("unlinked", t.Last!.Result!.Get<ChoiceAnswer>("consent")!.Choice);
    }

    [Fact]
    public void TheCount_LeavesOutAPresetQuestion()
    {
        var t = Transcript.Repo().Begin("raise-concern", Unlinked);
        var counted = new List<string?>();
        while (t.Prompt.Kind != PromptKind.Summary)
        {
            counted.Add(t.Prompt.Progress);
            t.Send(ConcernAnswers.English[t.Prompt.StepId]);
        }

        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"Question {n} of 6"), counted);
    }

    [Fact]
    public void Back_GoesPastAPresetQuestion_ToTheOneBefore()
    {
        var t = Transcript.Repo().Begin("raise-concern", Unlinked);
        var last = "";
        while (t.Prompt.Kind != PromptKind.Summary)
        {
            last = t.Prompt.StepId;
            t.Send(ConcernAnswers.English[last]);
        }

        // Back from the summary passes the preset consent question and asks the last question that was asked.
        t.Command(Input.FlowCommand.Back).Asks(last);
        t.Send(ConcernAnswers.English[last]).Asks(PromptKind.Summary, "summary");
    }

    [Fact]
    public void APresetThatIsNoValidAnswer_IsTheHostsMistake()
    {
        var t = Transcript.Repo();
        Assert.Throws<InvalidOperationException>(() =>
        {
            t.Begin("raise-concern", new Dictionary<string, string> { ["danger"] = "perhaps" });
        });
    }
}
