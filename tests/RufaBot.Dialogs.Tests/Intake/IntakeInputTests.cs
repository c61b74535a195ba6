using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Intake;

// Bad input is refused with the reason, the question is asked again, and nothing typed before is lost.
public sealed class IntakeInputTests
{
    [Fact]
    public void ATooShortDescription_IsRefusedWithTheMinimum()
    {
        ConcernAnswers.Intake().IntakeUntil("what").Send("houses burned").Error("at least 20 characters").Asks("what");
    }

    [Fact]
    public void ATooLongDescription_IsRefusedWithTheLimit_AndEarlierAnswersAreKept()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("what").Send(new string('a', 4001)).Error("under 4000 characters").Asks("what");

        Assert.Equal(["danger", "safeToTalk"], t.State!.Stack[0].History);
    }

    [Fact]
    public void AFutureDate_IsRefused()
    {
        ConcernAnswers.Intake().IntakeUntil("when").Send("2025-04-01").Error("in the future").Asks("when").Send("yesterday").Asks("groups");
    }

    [Fact]
    public void TheDate_CanBeSkipped()
    {
        ConcernAnswers.Intake().IntakeUntil("when").Send("skip").Asks("groups");
    }

    [Fact]
    public void ATooLongPlace_IsRefused()
    {
        ConcernAnswers.Intake().IntakeUntil("place").Send(new string('p', 201)).Error("under 200").Asks("place");
    }

    [Fact]
    public void NoCategory_IsRefused()
    {
        ConcernAnswers.Intake().IntakeUntil("categories").Send("skip").Error("cannot be skipped").Asks("categories");
    }

    [Fact]
    public void AnUnknownCountry_IsRefused()
    {
        ConcernAnswers.Intake().IntakeUntil("country").Send("Narnia").Error("do not know that country").Asks("country");
    }

    [Fact]
    public void AnOptionWithAndInItsName_IsOneOption_AmongSeveral()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("groups").Send("women and girls, older persons and children").Asks("consent");

        Assert.Equal(["women", "children", "older"], ((Answers.ChoicesAnswer)t.State!.Stack[0].Values["groups"]).Choices);
    }
}
