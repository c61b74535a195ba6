using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Intake;

// Safety first: danger is the first question, emergency guidance comes before anything else, and someone who
// cannot talk safely keeps their draft.
public sealed class IntakeSafetyTests
{
    [Fact]
    public void TheFirstQuestion_IsAboutImmediateDanger()
    {
        var p = ConcernAnswers.Intake().Asks(PromptKind.Choice, "danger").Prompt;

        Assert.Contains("immediate danger", p.Text);
        Assert.Equal(["yes", "no", "unsure"], p.Choices.Select(c => c.Id));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("not sure", "yes")]
    public void DangerNowOrSoon_ShowsEmergencyGuidanceFirst_SignalsTheEmergency_ThenContinues(params string[] answers)
    {
        var t = ConcernAnswers.Intake();
        foreach (var answer in answers)
            t.Send(answer);

        var guidance = Assert.IsType<TextMessage>(t.Last!.Messages[0]);
        Assert.Equal("concern.emergency", guidance.Key);
        Assert.Contains("UNDSS", guidance.Text);
        Assert.Contains("Do not investigate", guidance.Text);
        // Left for the host to fill with its configured contacts.
        Assert.Contains("{emergencyContacts}", guidance.Text);
        Assert.Contains("Contact +1 555 0100", guidance.Fill("emergencyContacts", "Contact +1 555 0100").Text);
        // The host alerts the emergency route now, with the answers given so far.
        Assert.Equal(["emergency"], t.Last.Signals);
        t.Asks(PromptKind.Confirm, "safeToTalk").IntakeUntil("what");
    }

    [Fact]
    public void NotSure_AsksWhetherHarmCouldComeSoon_AndNoSignalsNoEmergency()
    {
        var t = ConcernAnswers.Intake().Send("not sure").Asks(PromptKind.Confirm, "dangerSoon");
        Assert.Empty(t.Last!.Signals);

        t.Send("no").NoReply("UNDSS").Asks(PromptKind.Confirm, "safeToTalk");
        Assert.Empty(t.Last!.Signals);
    }

    [Fact]
    public void BeforeTheFirstFreeText_TheReporterIsToldWhoSeesWhat_AndAboutTheChatHistory()
    {
        var t = ConcernAnswers.Intake().Send("no").Send("yes");

        t.Reply("sealed link").Reply("eDiscovery").Asks(PromptKind.Text, "what");
        Assert.Contains("no focal point can see who you are", t.Last!.Messages[0].ToPlainText());
    }

    [Fact]
    public void DangerNo_GoesStraightToWhetherItIsSafeToTalk()
    {
        ConcernAnswers.Intake().Send("no").NoReply("UNDSS").Asks(PromptKind.Confirm, "safeToTalk");
    }

    [Fact]
    public void NotSafeToTalk_KeepsTheDraftAndPauses_WithoutAskingAnything()
    {
        var t = ConcernAnswers.Intake().Send("yes").Send("no").Reply("I have kept your draft");

        Assert.True(t.Last!.Paused);
        Assert.Equal(FlowStatus.Waiting, t.Last.Status);
        Assert.Null(t.Last.Prompt);
        Assert.True(t.State!.Paused);
        Assert.Null(t.State.WaitingStepId);
        Assert.Equal(["danger", "safeToTalk"], t.State.Stack[0].History);
    }

    [Fact]
    public void APausedIntake_IsOfferedBackNextTime_AndCarriesOnWithTheConcern()
    {
        var t = ConcernAnswers.Intake().Send("no").Send("no").Later(TimeSpan.FromHours(5))
            .OfferResume().Asks(PromptKind.Confirm, FlowRunner.ResumeStepId).Reply("continue with your concern")
            .Send("yes").Reply("continue where we left off").Asks(PromptKind.Text, "what");

        t.IntakeUntil("summary").Send("submit").Status(FlowStatus.Complete);
        Assert.False(t.Last!.Result!.Get<Answers.BoolAnswer>("safeToTalk")!.Value);
    }

    [Fact]
    public void APausedIntake_ResumedByAskingAgain_AsksWhatHappened()
    {
        ConcernAnswers.Intake().Send("no").Send("no").Resume().Reply("continue where we left off").Asks("what");
    }

    [Fact]
    public void APausedIntake_DeclinedWhenOffered_IsDiscarded()
    {
        ConcernAnswers.Intake().Send("no").Send("no").OfferResume().Send("no").Status(FlowStatus.Cancelled);
    }

    [Fact]
    public void UNPersonnelAsPerpetrators_PointsToTheMisconductChannels()
    {
        ConcernAnswers.Intake().IntakeUntil("perpetrators").Send("UN personnel").Reply("OIOS").Asks("source");
        ConcernAnswers.Intake().IntakeUntil("perpetrators").Send("militia").NoReply("OIOS").Asks("source");
    }

    [Fact]
    public void SourcesAtRisk_RemindsNotToContactThemAgain()
    {
        ConcernAnswers.Intake().IntakeUntil("sourcesAtRisk").Send("yes").Reply("do not contact them again").Asks("alreadyReported");
    }
}
