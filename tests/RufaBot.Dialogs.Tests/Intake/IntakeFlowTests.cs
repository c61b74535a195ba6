using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Tests.Harness;

namespace RufaBot.Dialogs.Tests.Intake;

// The whole intake: a typical report, quickly, every consent mode, and the summary with edits.
public sealed class IntakeFlowTests
{
    [Fact]
    public void ATypicalReport_ReachesTheSummaryAndSubmits_InUnder25Turns()
    {
        var t = ConcernAnswers.Intake();
        var turns = 0;
        while (t.Prompt.Kind != PromptKind.Summary)
        {
            t.Send(ConcernAnswers.English[t.Prompt.StepId]);
            Assert.True(++turns < 25, "too many turns");
        }
        t.Send("submit").Status(FlowStatus.Complete);
        Assert.True(++turns <= 21, $"{turns} turns");

        var result = t.Last!.Result!;
        Assert.Equal("raise-concern", result.FlowId);
        Assert.Equal("no", result.Get<ChoiceAnswer>("danger")!.Choice);
        Assert.Equal(["attacksOnCivilians", "displacement"], result.Get<ChoicesAnswer>("categories")!.Choices);
        Assert.Equal("ongoing", result.Get<ChoiceAnswer>("status")!.Choice);
        Assert.Equal(new DateAnswer(new DateOnly(2025, 3, 10), Approximate: true), result.Get<DateAnswer>("when"));
        Assert.Equal("ML", result.Get<CountryAnswer>("country")!.Code);
        Assert.Equal("dozens", result.Get<ChoiceAnswer>("affectedCount")!.Choice);
        Assert.Equal(["women", "children"], result.Get<ChoicesAnswer>("groups")!.Choices);
        Assert.Equal("witness", result.Get<ChoiceAnswer>("source")!.Choice);
        Assert.Equal(["nobody"], result.Get<ChoicesAnswer>("alreadyReported")!.Choices);
        Assert.Equal("undp", result.Get<ChoiceAnswer>("entity")!.Choice);
        Assert.Equal("Bamako", result.Get<TextAnswer>("dutyStation")!.Text);
        Assert.DoesNotContain("attachments", result.Path);
        Assert.Equal("anonymous", result.Get<ChoiceAnswer>("consent")!.Choice);
        Assert.DoesNotContain("summary", result.Path);
        // The end step says nothing: the host confirms once the concern is stored.
        Assert.Empty(t.Last.Messages);
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
        var p = ConcernAnswers.Intake().IntakeUntil("summary").Prompt;

        Assert.DoesNotContain(p.Items, i => i.StepId == "safeToTalk");
        Assert.Equal("danger", p.Items[0].StepId);
        Assert.Equal("consent", p.Items[^1].StepId);
        string Answer(string id) => p.Items.Single(i => i.StepId == id).Answer;
        Assert.Equal("Immediate danger", p.Items[0].Label);
        Assert.Equal("No", Answer("danger"));
        Assert.Equal("Attacks on civilians, homes, schools or hospitals, Forced displacement or eviction", Answer("categories"));
        Assert.Equal("around 2025-03-10", Answer("when"));
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
        var t = ConcernAnswers.Intake("fr").Reply("votre sécurité").IntakeUntil("summary");
        var p = t.Prompt;

        Assert.Equal("Voici votre préoccupation. Vérifiez-la avant de l'envoyer.", p.Text);
        Assert.Equal("Danger immédiat", p.Items[0].Label);
        Assert.Equal("Côte d'Ivoire", p.Items.Single(i => i.StepId == "country").Answer);
        Assert.Equal("Plus de 1 000", p.Items.Single(i => i.StepId == "affectedCount").Answer);
        Assert.Equal("PNUD", p.Items.Single(i => i.StepId == "entity").Answer);
        Assert.StartsWith("Confidentiel", p.Items[^1].Answer);

        t.Send("modifier 5").Asks("when").Send("hier").Asks("summary").Send("envoyer").Status(FlowStatus.Complete);
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
