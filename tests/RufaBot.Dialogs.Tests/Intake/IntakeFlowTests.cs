using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Intake;

// The whole intake: a typical report, quickly, every consent mode, and the summary with edits.
public sealed class IntakeFlowTests
{
    [Fact]
    public void TheEssentials_AreSevenQuestions_CountedForThePerson_ThenTheSummarySendsThem()
    {
        var t = ConcernAnswers.Intake();
        for (var n = 1; n <= ConcernAnswers.Essentials.Length; n++)
        {
            Assert.Equal(ConcernAnswers.Essentials[n - 1], t.Prompt.StepId);
            Assert.Equal($"Question {n} of 7", t.Prompt.Progress);
            t.Send(ConcernAnswers.English[t.Prompt.StepId]);
        }
        t.Asks(PromptKind.Summary, "summary");
        Assert.Null(t.Prompt.Progress);
        Assert.Equal(["submit", "more"], t.Prompt.Choices.Select(c => c.Id));
        Assert.Equal("Add more details", t.Prompt.Choices[1].Text);

        t.Send("submit").Status(FlowStatus.Complete);
        var result = t.Last!.Result!;
        Assert.Equal("no", result.Get<ChoiceAnswer>("danger")!.Choice);
        Assert.StartsWith("Armed men burned houses", result.Get<TextAnswer>("what")!.Text);
        Assert.Equal("ML", result.Get<CountryAnswer>("country")!.Code);
        Assert.Equal(new DateOnly(2025, 3, 10), result.Get<DateAnswer>("when")!.Date);
        Assert.Equal(["women", "children"], result.Get<ChoicesAnswer>("groups")!.Choices);
        Assert.Equal("anonymous", result.Get<ChoiceAnswer>("consent")!.Choice);
        Assert.DoesNotContain("categories", result.Path);
        Assert.DoesNotContain("summary", result.Path);
        // The end step says nothing: the host confirms once the concern is stored.
        Assert.Empty(t.Last.Messages);
    }

    [Fact]
    public void MoreDetails_AreCountedOnTheirOwn_AndLeadBackToTheSummary_WhichNoLongerOffersThem()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("summary").Send("add more details").Asks(PromptKind.Choice, "categories");
        Assert.Equal("More details: question 1 of 12", t.Prompt.Progress);
        Assert.Contains(t.Prompt.Actions, a => a.Command == Input.FlowCommand.Review && a.Label == "Back to the summary");

        t.IntakeUntil("summary");
        Assert.Equal(["submit"], t.Prompt.Choices.Select(c => c.Id));
        Assert.DoesNotContain(t.Prompt.Actions, a => a.Command == Input.FlowCommand.Review);
        t.Send("submit").Status(FlowStatus.Complete);

        var result = t.Last!.Result!;
        Assert.Equal(["attacksOnCivilians", "displacement"], result.Get<ChoicesAnswer>("categories")!.Choices);
        Assert.Equal("ongoing", result.Get<ChoiceAnswer>("status")!.Choice);
        Assert.Equal("dozens", result.Get<ChoiceAnswer>("affectedCount")!.Choice);
        Assert.Equal("witness", result.Get<ChoiceAnswer>("source")!.Choice);
        Assert.Equal(["nobody"], result.Get<ChoicesAnswer>("alreadyReported")!.Choices);
        Assert.Equal("undp", result.Get<ChoiceAnswer>("entity")!.Choice);
        Assert.Equal("Bamako", result.Get<TextAnswer>("dutyStation")!.Text);
        Assert.Equal("anonymous", result.Get<ChoiceAnswer>("consent")!.Choice);
    }

    [Fact]
    public void BackToTheSummary_LeavesTheMoreDetailsAtAnyPoint_KeepsWhatWasAnswered_AndGoesOnFromThereLater()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("summary").Send("add more details")
            .Send(ConcernAnswers.English["categories"]).Asks("status")
            .Command(Input.FlowCommand.Review).Asks(PromptKind.Summary, "summary");
        Assert.Equal("Attacks on civilians, homes, schools or hospitals, Forced displacement or eviction",
            t.Prompt.Items.Single(i => i.StepId == "categories").Answer);
        Assert.Equal("Add more details", t.Prompt.Choices[1].Text);

        t.Send("add more details").Asks("status").Send("back to the summary").Asks("summary").Send("submit").Status(FlowStatus.Complete);
        Assert.Equal(["attacksOnCivilians", "displacement"], t.Last!.Result!.Get<ChoicesAnswer>("categories")!.Choices);
    }

    [Fact]
    public void BackToTheSummary_IsAnAnswerLikeAnyOther_OutsideTheMoreDetails()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("what");
        Assert.DoesNotContain(t.Prompt.Actions, a => a.Command == Input.FlowCommand.Review);
        t.Send("summary").Reply("too short").Asks("what");
    }

    [Theory]
    [InlineData("named", "Named: the focal points handling it see your name")]
    [InlineData("confidential", "Confidential: only the first-level focal points assigned to it can see your name")]
    [InlineData("anonymous", "Anonymous: no focal point can see who you are; you still get updates in this chat")]
    [InlineData("unlinked", "Anonymous with no link: nothing stored leads to you; you check back with a reference and passphrase")]
    public void EachConsentChoice_IsExplainedInOneLine_ShownInTheSummary_AndSubmitted(string consent, string line)
    {
        var t = ConcernAnswers.Intake().IntakeUntil("consent");
        Assert.Contains(t.Prompt.Choices, c => c.Id == consent && c.Text == line);

        t.Send(consent).Asks(PromptKind.Summary, "summary");
        Assert.Equal(line, t.Prompt.Items.Single(i => i.StepId == "consent").Answer);
        t.SendCard("""{"rufa":"answer","step":"summary","summary":"submit"}""").Status(FlowStatus.Complete);
        Assert.Equal(consent, t.Last!.Result!.Get<ChoiceAnswer>("consent")!.Choice);
    }

    [Theory]
    [InlineData("a witness told me", true)]
    [InlineData("a victim told me", true)]
    [InlineData("documents, photos or videos", true)]
    [InlineData("I saw it myself", false)]
    [InlineData("media or social media", false)]
    [InlineData("a UN or NGO report", false)]
    public void WhetherSourcesAgree_IsAskedOnlyWhenTheInformationCameFromPeopleOrTheirMaterial(string source, bool asked)
    {
        var t = ConcernAnswers.Intake().IntakeUntil("source").Send(source);

        Assert.Equal(asked ? "sourceConsent" : "implicated", t.Prompt.StepId);
        if (asked)
            Assert.Equal("refused", t.Send("No, or they asked that it go no further").IntakeUntil("summary").Send("submit").Last!.Result!.Get<ChoiceAnswer>("sourceConsent")!.Choice);
    }

    [Fact]
    public void TheSummary_ListsTheConcernNotTheMoment_WithReadableAnswers()
    {
        var p = ConcernAnswers.IntakeWithDetails().Prompt;

        Assert.DoesNotContain(p.Items, i => i.StepId == "safeToTalk");
        Assert.Equal(ConcernAnswers.Essentials.Where(id => id != "safeToTalk"), p.Items.Take(6).Select(i => i.StepId));
        Assert.Equal("dutyStation", p.Items[^1].StepId);
        string Answer(string id) => p.Items.Single(i => i.StepId == id).Answer;
        Assert.Equal("Immediate danger", p.Items[0].Label);
        Assert.Equal("No", Answer("danger"));
        Assert.Equal("Attacks on civilians, homes, schools or hospitals, Forced displacement or eviction", Answer("categories"));
        Assert.Equal("around 10 March 2025", Answer("when"));
        Assert.Equal("Mali", Answer("country"));
        Assert.Equal("11–100", Answer("affectedCount"));
        Assert.Equal("UNDP", Answer("entity"));
        Assert.DoesNotContain(p.Items, i => i.StepId == "attachments");
        Assert.All(p.Items, i => Assert.True(i.Editable));
    }

    [Fact]
    public void EditingTheDescriptionFromTheSummary_ComesStraightBack()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("summary").SendCard("""{"rufa":"answer","step":"summary","summary":"edit:what"}""")
            .Asks(PromptKind.Text, "what");
        Assert.StartsWith("Armed men burned houses", t.Prompt.CurrentText);

        t.Send("Armed men burned houses in three villages; families who stayed were threatened.")
            .NoReply("Teams history").Asks(PromptKind.Summary, "summary");
        Assert.StartsWith("Armed men burned houses in three villages", t.Prompt.Items[1].Answer);
    }

    [Fact]
    public void EditingDangerToYesFromTheSummary_ShowsTheEmergencyGuidance_ThenComesBack()
    {
        var t = ConcernAnswers.Intake().IntakeUntil("summary").Send("edit 1").Asks("danger")
            .Send("yes").Reply("UNDSS").NoReply("Is it safe").Asks(PromptKind.Summary, "summary");

        Assert.Equal("Yes", t.Prompt.Items[0].Answer);
        t.Send("edit 1").Send("yes").NoReply("UNDSS").Asks("summary");
    }

    [Fact]
    public void BackFromTheSummary_ReturnsToTheConsentQuestion()
    {
        ConcernAnswers.Intake().IntakeUntil("summary").Send("back").Asks("consent").Send("named").Asks("summary");
    }

    [Fact]
    public void InFrench_TheIntakeRunsToTheSummaryInFrench()
    {
        var t = ConcernAnswers.Intake("fr").Reply("votre sécurité").IntakeUntil("summary").Send("ajouter des précisions").IntakeUntil("summary");
        var p = t.Prompt;

        Assert.StartsWith("Voici votre préoccupation. Elle suffit pour qu'un point focal agisse", p.Text);
        Assert.Equal("Danger immédiat", p.Items[0].Label);
        Assert.Equal("Côte d'Ivoire", p.Items.Single(i => i.StepId == "country").Answer);
        Assert.Equal("Plus de 1 000", p.Items.Single(i => i.StepId == "affectedCount").Answer);
        Assert.Equal("PNUD", p.Items.Single(i => i.StepId == "entity").Answer);
        Assert.StartsWith("Confidentiel", p.Items.Single(i => i.StepId == "consent").Answer);

        t.Send("modifier 4").Asks("when").Send("hier").Asks("summary");
        Assert.Equal("18 mars 2025", t.Prompt.Items.Single(i => i.StepId == "when").Answer);
        t.Send("envoyer").Status(FlowStatus.Complete);
        var result = t.Last!.Result!;
        Assert.Equal("CI", result.Get<CountryAnswer>("country")!.Code);
        Assert.Equal(new DateOnly(2025, 3, 18), result.Get<DateAnswer>("when")!.Date);
        Assert.Equal("thousands", result.Get<ChoiceAnswer>("affectedCount")!.Choice);
        Assert.Equal("confidential", result.Get<ChoiceAnswer>("consent")!.Choice);
    }

    [Fact]
    public void InFrench_DangerGuidanceAndPauseAreInFrench()
    {
        ConcernAnswers.Intake("fr").Send("oui").Reply("point focal pour la sécurité").Asks("safeToTalk")
            .Send("non").Reply("J'ai gardé votre brouillon");
    }
}
