using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests;

public sealed class PauseResumeTests
{
    [Fact]
    public void Resume_AfterPause_ReasksTheCurrentStepWithAnswersKept()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating").Pause();
        Assert.True(t.State!.Paused);

        t.Later(TimeSpan.FromHours(2)).Resume().Reply("continue where we left off").Asks(PromptKind.Number, "rating");
        Assert.False(t.State!.Paused);
        t.Send("4").AnswerUntil("wantsContact").Send("no").Status(FlowStatus.Complete);
        Assert.Equal("KE", t.Last!.Result!.Get<Answers.CountryAnswer>("dutyStation")!.Code);
    }

    [Fact]
    public void OfferResume_Yes_ReasksTheCurrentStep()
    {
        SampleAnswers.Sample().AnswerUntil("dutyStation").Pause()
            .OfferResume().Asks(PromptKind.Confirm, FlowRunner.ResumeStepId).Reply("continue with the feedback form")
            .Send("yes").Reply("continue where we left off").Asks("dutyStation");
    }

    [Fact]
    public void OfferResume_No_Cancels()
    {
        SampleAnswers.Sample().AnswerUntil("dutyStation").Pause().OfferResume().Send("no").Status(FlowStatus.Cancelled);
    }

    [Fact]
    public void OfferResume_AnsweredDirectly_TakesTheAnswer()
    {
        SampleAnswers.Sample().AnswerUntil("dutyStation").Pause().OfferResume().Send("Mali").Asks("rating");
    }

    [Fact]
    public void OfferResume_InFrench_NamesTheFlowInFrench()
    {
        SampleAnswers.Sample("fr").AnswerUntil("dutyStation").Pause().OfferResume().Reply("reprendre le formulaire d'avis");
    }

    [Fact]
    public void Continue_OnPausedState_TakesTheInputAsTheAnswer()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating").Pause().Send("4").Asks("screenshots");
        Assert.False(t.State!.Paused);
    }

    // The conversation store keeps the state as this JSON in the distributed cache; read it back as a later turn does.
    [Fact]
    public void Pause_ReadBackFromTheStoredJson_IsStillPausedAndResumesAtTheSameStep()
    {
        var t = SampleAnswers.Sample().AnswerUntil("rating").Pause();
        var json = System.Text.Json.JsonSerializer.Serialize(t.State!, DialogsJson.Default.FlowState);

        var readBack = System.Text.Json.JsonSerializer.Deserialize(json, DialogsJson.Default.FlowState)!;

        Assert.True(readBack.Paused);
        Assert.Null(readBack.WaitingStepId);
        Assert.Equal("rating", readBack.Stack[^1].StepId);
        var resumed = t.Runner.Resume(readBack, t.Locale, t.Now);
        Assert.False(resumed.State!.Paused);
        Assert.Equal("rating", resumed.Prompt!.StepId);
    }
}
