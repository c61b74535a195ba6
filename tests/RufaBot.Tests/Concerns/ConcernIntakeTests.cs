using RufaBot.Concerns.Intake;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Answers;

namespace RufaBot.Tests.Concerns;

public sealed class ConcernIntakeTests
{
    [Fact]
    public void From_FullAnswers_ReadsEveryStep()
    {
        var intake = ConcernIntake.From(IntakeAnswers.Full());

        Assert.Equal(ImmediateDanger.No, intake.Danger);
        Assert.Equal(IntakeAnswers.Narrative, intake.Description);
        Assert.Equal([ConcernCategory.Killings, ConcernCategory.Displacement], intake.Categories);
        Assert.Equal(SituationStatus.Ongoing, intake.Status);
        Assert.Equal(new DateOnly(2026, 11, 20), intake.When);
        Assert.True(intake.WhenApproximate);
        Assert.Equal("CD", intake.CountryCode);
        Assert.Equal("Kalemie, market district", intake.Place);
        Assert.Equal(AffectedCount.Hundreds, intake.AffectedCount);
        Assert.Equal([AffectedGroup.Women, AffectedGroup.Displaced], intake.Groups);
        Assert.Equal(Perpetrator.Militia, intake.Perpetrators);
        Assert.Equal(InformationSource.Witness, intake.Source);
        Assert.Equal(Corroboration.OneSource, intake.Corroboration);
        Assert.Equal(SourcesAtRisk.Yes, intake.SourcesAtRisk);
        Assert.Equal([ReportedTo.RcUnct, ReportedTo.Ohchr], intake.AlreadyReported);
        Assert.Equal("unicef", intake.Entity);
        Assert.Equal("Kalemie sub-office", intake.DutyStation);
        Assert.Equal("market.jpg", Assert.Single(intake.Attachments).Name);
        Assert.Equal(ConsentMode.Confidential, intake.Consent);
    }

    [Fact]
    public void From_FlowResult_ReadsItsAnswers()
    {
        var answers = IntakeAnswers.Full("named");
        var intake = ConcernIntake.From(new FlowResult("raise-concern", answers, [.. answers.Keys]));

        Assert.Equal(ConsentMode.Named, intake.Consent);
        Assert.Equal(Perpetrator.Militia, intake.Perpetrators);
    }

    [Fact]
    public void From_OnlyRequiredAnswers_LeavesOptionalOnesEmpty()
    {
        var intake = IntakeAnswers.Of(("danger", new ChoiceAnswer("unsure")), ("what", new TextAnswer("x")), ("country", new CountryAnswer("CI")));

        Assert.Null(intake.When);
        Assert.Null(intake.Place);
        Assert.Null(intake.DutyStation);
        Assert.Empty(intake.Attachments);
        Assert.Empty(intake.Categories);
        Assert.Null(intake.Source);
        Assert.Equal(AffectedCount.Unknown, intake.AffectedCount);
        Assert.Equal(Perpetrator.Unknown, intake.Perpetrators);
        Assert.Equal(SourcesAtRisk.Unknown, intake.SourcesAtRisk);
    }

    [Fact]
    public void From_NoConsentAnswer_IsAnonymous() =>
        Assert.Equal(ConsentMode.Anonymous, IntakeAnswers.Of(("what", new TextAnswer("x"))).Consent);

    [Fact]
    public void From_UnknownStepsAndChoices_AreIgnored()
    {
        var intake = IntakeAnswers.Of(
            ("favouriteColour", new TextAnswer("blue")),
            ("categories", new ChoicesAnswer(["killings", "bogus", "3", "Torture", "killings"])),
            ("status", new ChoiceAnswer("later")),
            ("danger", new ChoiceAnswer("1")),
            ("consent", new ChoiceAnswer("named,anonymous")));

        Assert.Equal([ConcernCategory.Killings, ConcernCategory.Torture], intake.Categories);
        Assert.Null(intake.Status);
        Assert.Null(intake.Danger);
        Assert.Equal(ConsentMode.Anonymous, intake.Consent);
    }

    [Fact]
    public void From_AnswerOfTheWrongType_IsIgnored()
    {
        var intake = IntakeAnswers.Of(("what", new ChoiceAnswer("killings")), ("when", new TextAnswer("yesterday")), ("danger", new BoolAnswer(true)));

        Assert.Equal("", intake.Description);
        Assert.Null(intake.When);
        Assert.Null(intake.Danger);
    }

    [Theory]
    [InlineData("ci", "CI")]
    [InlineData(" CD ", "CD")]
    [InlineData("CIV", null)]
    [InlineData("1A", null)]
    public void From_Country_IsAlpha2UpperCase(string code, string? expected) =>
        Assert.Equal(expected, IntakeAnswers.Of(("country", new CountryAnswer(code))).CountryCode);

    [Theory]
    [InlineData("UNICEF", "unicef")]
    [InlineData("un-women", "un-women")]
    [InlineData("../etc", null)]
    [InlineData("", null)]
    public void From_Entity_IsALowerCaseId(string id, string? expected) =>
        Assert.Equal(expected, IntakeAnswers.Of(("entity", new ChoiceAnswer(id))).Entity);

    [Fact]
    public void From_ChildDialogAnswers_AreReadLikeTheParents()
    {
        var child = new FlowAnswer("where", new Dictionary<string, Answer> { ["country"] = new CountryAnswer("SS"), ["place"] = new TextAnswer("Juba") }, ["country", "place"]);
        var intake = IntakeAnswers.Of(("where", child), ("place", new TextAnswer("Malakal")));

        Assert.Equal("SS", intake.CountryCode);
        Assert.Equal("Malakal", intake.Place);
    }

    [Fact]
    public void From_WhitespaceText_IsNoAnswer() =>
        Assert.Null(IntakeAnswers.Of(("place", new TextAnswer("   "))).Place);
}
