using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Summaries;

// Every way of answering a summary, typed or from a card.
public sealed class SummaryReplyTests
{
    [Theory]
    [InlineData("submit")]
    [InlineData("Send it")]
    [InlineData("yes")]
    [InlineData("OK")]
    [InlineData("oui")]
    [InlineData("envoyer")]
    public void SubmitWords_CompleteTheFlow(string text)
    {
        var t = ReviewFlow.AtSummary().Send(text).Reply("Thanks, all done.").Status(FlowStatus.Complete);

        Assert.Equal(["topic", "name", "when"], t.Last!.Result!.Path);
    }

    [Fact]
    public void CardSubmit_CompletesTheFlow()
    {
        ReviewFlow.AtSummary().SendCard("""{"rufa":"answer","step":"review","review":"submit"}""").Status(FlowStatus.Complete);
    }

    [Theory]
    [InlineData("edit 2")]
    [InlineData("2")]
    [InlineData("change 2")]
    [InlineData("Edit: 2")]
    [InlineData("what is your name")]
    [InlineData("edit what is your")]
    [InlineData("name")]
    [InlineData("modifier 2")]
    public void EditForms_OpenTheQuestion(string text)
    {
        ReviewFlow.AtSummary().Send(text).Asks("name");
    }

    [Fact]
    public void EditByLabel_OpensTheQuestion()
    {
        ReviewFlow.AtSummary().Send("edit topic").Asks("topic");
        ReviewFlow.AtSummary().Send("when").Asks("when");
    }

    [Fact]
    public void CardEdit_OpensTheQuestion()
    {
        ReviewFlow.AtSummary().SendCard("""{"rufa":"answer","step":"review","review":"edit:when"}""").Asks("when");
    }

    [Theory]
    [InlineData("""{"rufa":"answer","step":"review","review":"edit:detail"}""")]
    [InlineData("""{"rufa":"answer","step":"review","review":"edit:note"}""")]
    [InlineData("""{"rufa":"answer","step":"review","review":"edit:nowhere"}""")]
    [InlineData("""{"rufa":"answer","step":"review"}""")]
    public void CardEdit_OfAStepNotShown_IsRefused(string card)
    {
        ReviewFlow.AtSummary().SendCard(card).Error("type submit").Asks("review");
    }

    [Theory]
    [InlineData("no")]
    [InlineData("edit")]
    [InlineData("modifier")]
    public void NoOrABareEdit_AsksWhichAnswer(string text)
    {
        ReviewFlow.AtSummary().Send(text).Error("Which answer").Asks("review");
    }

    [Theory]
    [InlineData("9")]
    [InlineData("the weather")]
    public void Nonsense_IsRefusedWithHowToReply(string text)
    {
        ReviewFlow.AtSummary().Send(text).Error("edit and the number").Asks("review");
    }

    [Fact]
    public void SkipAtTheSummary_IsRefused()
    {
        ReviewFlow.AtSummary().Send("skip").Error("cannot be skipped").Asks("review");
    }

    [Fact]
    public void RepeatedNonsense_OffersTheWayOut()
    {
        var t = ReviewFlow.AtSummary().Send("x").Send("w").Send("z");

        Assert.NotNull(t.Prompt.Offer);
    }
}
