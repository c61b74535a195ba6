using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Tests.Harness;
using RufaBot.Dialogs.Messages;

namespace RufaBot.Dialogs.Tests.Intake;

/// <summary>Forms that keep what was typed: a refused answer comes back to correct, and a date may be given in words.</summary>
public sealed class IntakeFormsTests
{
    [Fact]
    public void ATooShortDescription_ComesBackWithTheRefusal_ToBeCorrected()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("what");

        t.SendCard("""{"rufa":"answer","step":"what","what":"Too short."}""").Asks(PromptKind.Text, "what");

        Assert.NotNull(t.Prompt.Error);
        Assert.Equal("Too short.", t.Prompt.Rejected);
    }

    [Fact]
    public void ADateInWords_FromTheFormsSecondBox_IsTheAnswer_WhenThePickerIsEmpty()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("when");

        t.SendCard("""{"rufa":"answer","step":"when","when":"","when.typed":"last week"}""");

        Assert.Equal("groups", t.Prompt.StepId);
        Assert.True(t.State!.Stack[0].Values["when"] is DateAnswer { Approximate: true });
    }

    [Fact]
    public void ThePicker_WinsOverTheBox_WhenBothAreFilled()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("when");

        t.SendCard("""{"rufa":"answer","step":"when","when":"2025-03-10","when.typed":"last week"}""");

        Assert.Equal(new DateAnswer(new DateOnly(2025, 3, 10)), t.State!.Stack[0].Values["when"]);
    }
}
