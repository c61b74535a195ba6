using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;
using RufaBot.Dialogs.Answers;

namespace RufaBot.Tests.Concerns;

/// <summary>The scoring rule of domain.md section 4, part by part, then the bands.</summary>
public sealed class SeverityScoreTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static SeverityScore Score(params (string, Answer)[] answers)
    {
        var intake = IntakeAnswers.Of(answers);
        return SeverityScore.Of(intake, FoaTags.Of(intake), Today);
    }

    [Theory]
    [InlineData("ongoing", null, 3)]
    [InlineData("threatened", null, 3)]
    [InlineData("ongoing", 400, 3)]
    [InlineData("earlySigns", 1, 1)]
    [InlineData("past", 0, 2)]
    [InlineData("past", 30, 2)]
    [InlineData("past", 31, 1)]
    [InlineData("past", -3, 2)]
    [InlineData("past", null, 2)]
    [InlineData(null, 45, 1)]
    [InlineData(null, null, 2)]
    public void Imminence(string? status, int? daysAgo, int expected)
    {
        (string, Answer)[] when = daysAgo is { } d ? [("when", new DateAnswer(Today.AddDays(-d)))] : [];

        Assert.Equal(expected, Score([.. IntakeAnswers.Choice("status", status), .. when]).Imminence);
    }

    [Theory]
    [InlineData("killings", "", 3)]
    [InlineData("torture", "", 3)]
    [InlineData("sgbv", "", 3)]
    [InlineData("disappearance", "", 3)]
    [InlineData("attacksOnCivilians", "", 3)]
    [InlineData("children", "", 3)]
    [InlineData("incitement", "minorities", 3)]
    [InlineData("incitement", "general", 2)]
    [InlineData("incitement", "", 2)]
    [InlineData("detention", "", 2)]
    [InlineData("displacement", "", 2)]
    [InlineData("blockedAccess", "", 2)]
    [InlineData("threatsToUn", "", 2)]
    [InlineData("civicSpace", "", 1)]
    [InlineData("discrimination", "", 1)]
    [InlineData("other", "", 1)]
    [InlineData("", "", 2)]
    [InlineData("civicSpace,detention,killings", "", 3)]
    public void Gravity_IsTheGravestCategory(string categories, string groups, int expected) =>
        Assert.Equal(expected, Score([.. IntakeAnswers.Choices("categories", categories), .. IntakeAnswers.Choices("groups", groups)]).Gravity);

    [Theory]
    [InlineData("one", 0)]
    [InlineData("few", 1)]
    [InlineData("dozens", 2)]
    [InlineData("hundreds", 3)]
    [InlineData("thousands", 3)]
    [InlineData("unknown", 1)]
    [InlineData(null, 1)]
    public void Scale(string? count, int expected) =>
        Assert.Equal(expected, Score(IntakeAnswers.Choice("affectedCount", count)).Scale);

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("general", "", 0)]
    [InlineData("women", "", 1)]
    [InlineData("general,older", "", 1)]
    [InlineData("unPersonnel", "", 1)]
    [InlineData("", "threatsToUn", 1)]
    [InlineData("children,women,minorities", "threatsToUn", 1)]
    public void Vulnerability_AddsOneForAVulnerableGroupOrUnStaff(string groups, string categories, int expected) =>
        Assert.Equal(expected, Score([.. IntakeAnswers.Choices("groups", groups), .. IntakeAnswers.Choices("categories", categories)]).Vulnerability);

    [Theory]
    [InlineData("torture", 0)]
    [InlineData("incitement", 1)]
    [InlineData("discrimination,torture", 1)]
    public void Breadth_AddsOneForThreeOrMoreTags(string categories, int expected) =>
        Assert.Equal(expected, Score(IntakeAnswers.Choices("categories", categories)).Breadth);

    [Theory]
    [InlineData(0, null, "S1")]
    [InlineData(3, null, "S1")]
    [InlineData(4, null, "S2")]
    [InlineData(6, null, "S2")]
    [InlineData(7, null, "S3")]
    [InlineData(9, null, "S3")]
    [InlineData(10, null, "S4")]
    [InlineData(11, "no", "S4")]
    [InlineData(0, "yes", "S4")]
    [InlineData(3, "unsure", "S1")]
    public void Band(int total, string? danger, string expected)
    {
        var score = new SeverityScore(Math.Min(total, 3), Math.Clamp(total - 3, 0, 3), Math.Clamp(total - 6, 0, 3), Math.Clamp(total - 9, 0, 1), Math.Clamp(total - 10, 0, 1));
        Assert.Equal(total, score.Total);

        Assert.Equal(expected, score.Band(danger is null ? null : Enum.Parse<ImmediateDanger>(danger, ignoreCase: true)).ToString());
    }

    [Fact]
    public void OngoingMilitiaKillingsOfHundreds_IsS4()
    {
        var intake = IntakeAnswers.Of([
            .. IntakeAnswers.Choice("status", "ongoing"), .. IntakeAnswers.Choices("categories", "killings"),
            .. IntakeAnswers.Choice("affectedCount", "hundreds"), .. IntakeAnswers.Choices("groups", "women"),
            .. IntakeAnswers.Choice("perpetrators", "militia")]);

        var assessment = RiskAssessment.Of(intake, Today);

        Assert.Equal(new SeverityScore(3, 3, 3, 1, 1), assessment.Score);
        Assert.Equal(Severity.S4, assessment.Severity);
    }

    [Fact]
    public void OldCivicSpaceCaseOfOnePerson_IsS1()
    {
        var intake = IntakeAnswers.Of([
            .. IntakeAnswers.Choice("status", "past"), ("when", new DateAnswer(Today.AddDays(-90))),
            .. IntakeAnswers.Choices("categories", "civicSpace"), .. IntakeAnswers.Choice("affectedCount", "one"),
            .. IntakeAnswers.Choices("groups", "general")]);

        Assert.Equal(Severity.S1, RiskAssessment.Of(intake, Today).Severity);
    }
}
