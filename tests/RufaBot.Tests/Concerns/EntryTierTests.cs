using RufaBot.Concerns.Assessment;

namespace RufaBot.Tests.Concerns;

public sealed class EntryTierTests
{
    [Theory]
    [InlineData("yes", "", "", "B0")]
    [InlineData("unsure", "", "", "B0")]
    [InlineData("no", "", "", "B1")]
    [InlineData(null, "", "", "B1")]
    [InlineData("no", "detention", "unPersonnel", "B0")]
    [InlineData("no", "disappearance", "general,unPersonnel", "B0")]
    [InlineData("no", "detention", "humanitarians", "B1")]
    [InlineData("no", "killings", "unPersonnel", "B1")]
    [InlineData("no", "threatsToUn", "unPersonnel", "B1")]
    public void EntryTier(string? danger, string categories, string groups, string expected)
    {
        var intake = IntakeAnswers.Of([
            .. IntakeAnswers.Choice("danger", danger), .. IntakeAnswers.Choices("categories", categories), .. IntakeAnswers.Choices("groups", groups)]);

        Assert.Equal(expected, RiskAssessment.Of(intake, new DateOnly(2026, 11, 25)).Tier.ToString());
    }
}
