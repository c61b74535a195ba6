using RufaBot.EarlyWarning.Relations;
using static RufaBot.Tests.EarlyWarning.EarlyWarningSamples;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>Scoring two concerns: same country, overlapping dates, shared categories and risk factors, similar words.</summary>
public sealed class RelationScorerTests
{
    [Fact]
    public void Score_OfTwoReportsOfTheSameEvent_IsAboveTheDefaultThreshold()
    {
        var first = Concern();
        var second = Concern(i => i with { Description = "Men were rounded up by soldiers at Kalemie market; the grain store was burned", When = i.When!.Value.AddDays(2) });

        var score = RelationScorer.Score(second, first, dateWindowDays: 14);

        Assert.InRange(score, new RufaBot.EarlyWarning.RelationOptions().Threshold, 1.0);
    }

    [Fact]
    public void Score_OfUnlikeConcernsInOneCountry_IsBelowTheThreshold_AndOfAnotherCountryIsZero()
    {
        var first = Concern();
        var unlike = Concern(Unlike);
        var elsewhere = Concern(i => i with { CountryCode = "KE" });

        Assert.True(RelationScorer.Score(unlike, first, 14) < new RufaBot.EarlyWarning.RelationOptions().Threshold);
        Assert.Equal(0, RelationScorer.Score(elsewhere, first, 14));
    }

    [Fact]
    public void Narrative_IsCosineOfWords_IgnoringCaseAndCommonWords()
    {
        Assert.Equal(1.0, RelationScorer.Narrative("Burned the GRAIN store", "grain store burned"), 6);
        Assert.Equal(0.0, RelationScorer.Narrative("grain store burned", "journalist refused accreditation"), 6);
        Assert.Equal(0.5, RelationScorer.Overlap(new[] { 1, 2 }, new[] { 2 }), 6);
    }
}
