using RufaBot.Concerns.Assessment;

namespace RufaBot.Tests.Concerns;

public sealed class ConfidenceScoreTests
{
    [Theory]
    [InlineData("witnessed", "several", "High")]
    [InlineData("victim", "officialAdmission", "High")]
    [InlineData("witnessed", "none", "Medium")]
    [InlineData("witness", "oneSource", "Medium")]
    [InlineData("documents", "documents", "Medium")]
    [InlineData("report", "officialAdmission", "High")]
    [InlineData("secondHand", "none", "Low")]
    [InlineData("media", "oneSource", "Low")]
    [InlineData("media", "several", "Medium")]
    [InlineData(null, "officialAdmission", "Medium")]
    [InlineData(null, null, "Low")]
    public void Confidence_FromSourceAndCorroboration(string? source, string? corroboration, string expected)
    {
        var intake = IntakeAnswers.Of([.. IntakeAnswers.Choice("source", source), .. IntakeAnswers.Choice("corroboration", corroboration)]);

        Assert.Equal(expected, ConfidenceScore.Of(intake).ToString());
    }

    [Fact]
    public void LowConfidence_NeverLowersAnS4()
    {
        var intake = IntakeAnswers.Of([.. IntakeAnswers.Choice("danger", "yes"), .. IntakeAnswers.Choice("source", "media")]);

        var assessment = RiskAssessment.Of(intake, new DateOnly(2026, 11, 25));

        Assert.Equal(Confidence.Low, assessment.Confidence);
        Assert.Equal(Severity.S4, assessment.Severity);
    }
}
