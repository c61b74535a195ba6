using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

// Typed text and card values reach the same answers.
public sealed class TypedAnswerTests
{
    [Theory]
    [InlineData("2")]
    [InlineData("guidance documents")]
    [InlineData("GUIDANCE DOCUMENTS")]
    [InlineData("guidance")]
    [InlineData("Les documents d'orientation")]
    [InlineData("les documents d’orientation")]
    public void Choice_ByNumberTextOrPrefix(string input)
    {
        var t = SampleAnswers.Sample().Send(input).AnswerUntil("wantsContact").Send("no");
        Assert.Equal("guidance", t.Last!.Result!.Get<ChoiceAnswer>("topic")!.Choice);
    }

    [Fact]
    public void Choice_AmbiguousPrefix_IsRefused()
    {
        // Both "Les documents d'orientation" and "Les formations" start with it.
        SampleAnswers.Sample().Send("les").Error("could not match");
    }

    [Fact]
    public void Choice_FromCard()
    {
        SampleAnswers.Sample().SendCard("""{"topic":"training"}""").Asks(PromptKind.Choice, "liked");
    }

    [Theory]
    [InlineData("""{"liked":"privacy,clarity"}""")]
    [InlineData("""{"liked":["clarity","privacy"]}""")]
    public void MultiChoice_FromCardCommaSeparatedIds(string card)
    {
        var t = SampleAnswers.Sample().Send("1").SendCard(card).Asks("lastUsed");
        t.Send("back");
        Assert.Equal(new[] { "clarity", "privacy" }, ((ChoicesAnswer)t.Prompt.Current!).Choices);
    }

    [Theory]
    [InlineData("1 and 4")]
    [InlineData("clear answers; privacy")]
    [InlineData("4, 1")]
    [InlineData("Des réponses claires et la confidentialité")]
    public void MultiChoice_Typed(string input)
    {
        var t = SampleAnswers.Sample().Send("1").Send(input).Asks("lastUsed").Send("back");
        Assert.Equal(new[] { "clarity", "privacy" }, ((ChoicesAnswer)t.Prompt.Current!).Choices);
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("oui", true)]
    [InlineData("Oui !", true)]
    [InlineData("no", false)]
    [InlineData("n", false)]
    [InlineData("NON", false)]
    [InlineData("1", true)]
    [InlineData("2", false)]
    public void Confirm_TypedInAnyLanguage(string input, bool expected)
    {
        Assert.Equal(expected, YesNo.Parse(input, RepoDialogs.Catalog.Strings));
        var t = SampleAnswers.Sample().AnswerUntil("wantsContact").Send(input);
        if (expected) t.Asks("name");
        else t.Status(FlowStatus.Complete);
    }

    [Theory]
    [InlineData("""{"wantsContact":"true"}""", "name")]
    [InlineData("""{"wantsContact":"false"}""", null)]
    [InlineData("""{"wantsContact":true}""", "name")]
    public void Confirm_FromToggle(string card, string? next)
    {
        var t = SampleAnswers.Sample().AnswerUntil("wantsContact").SendCard(card);
        if (next is null) t.Status(FlowStatus.Complete);
        else t.Asks(next);
    }

    [Theory]
    [InlineData("4", "en", 4)]
    [InlineData(" +3 ", "en", 3)]
    [InlineData("1,500", "en", 1500)]
    [InlineData("1 500", "fr", 1500)]
    [InlineData("3,5", "fr", 3.5)]
    [InlineData("3.5", "fr", 3.5)]
    [InlineData("1.500,25", "fr", 1500.25)]
    [InlineData("1,500.25", "en", 1500.25)]
    public void Number_TypedTheLocalWay(string input, string language, double expected)
    {
        Assert.Equal((decimal)expected, NumberParser.Parse(input, language));
    }

    [Fact]
    public void Number_FromCard()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating").SendCard("""{"rating":"5"}""").Asks("screenshots");
        t.Send("back");
        Assert.Equal(new NumberAnswer(5), t.Prompt.Current);
    }

    [Fact]
    public void Card_WithoutThisStepsValue_IsRefusedAsMissing()
    {
        SampleAnswers.Sample().AnswerUntil("rating").SendCard("""{"somethingElse":"5"}""").Error("An answer is needed");
    }

    [Fact]
    public void FilesSentToAnotherKindOfQuestion_AreNotTheAnswer()
    {
        var file = new AttachmentInfo("a.png", "image/png");
        SampleAnswers.Sample().AnswerUntil("rating").SendFiles(file).Asks("rating").Error("An answer is needed");
    }
}
