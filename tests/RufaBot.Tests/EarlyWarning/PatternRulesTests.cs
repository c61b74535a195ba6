using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.EarlyWarning;
using RufaBot.EarlyWarning.Patterns;
using static RufaBot.Tests.EarlyWarning.EarlyWarningSamples;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>The thresholds of the early-warning rules, crossed and not crossed.</summary>
public sealed class PatternRulesTests
{
    private static readonly PatternOptions Defaults = new();

    [Fact]
    public void SharedRiskFactors_CrossedByTheThirdConcern_MakeOnePatternListingTheFactors()
    {
        var two = new List<Concern> { Concern(at: Now.AddDays(-3)), Concern(at: Now.AddDays(-2)) };
        Assert.DoesNotContain(PatternRules.Detect("CD", two, Defaults, Now), p => p.Rule == PatternRule.SharedRiskFactors);

        var three = two.Append(Concern(at: Now.AddDays(-1))).ToList();
        var pattern = Assert.Single(PatternRules.Detect("CD", three, Defaults, Now));

        Assert.Equal(PatternRule.SharedRiskFactors, pattern.Rule);
        Assert.Equal("CD:risk-factors", pattern.Key);
        Assert.Equal(3, pattern.Concerns.Count);
        Assert.Equal(three[0].RiskFactors.Order(), pattern.RiskFactors);
    }

    [Fact]
    public void Signature_StaysForTheSameConcerns_AndChangesWhenTheyChange()
    {
        var three = new List<Concern> { Concern(at: Now.AddDays(-3)), Concern(at: Now.AddDays(-2)), Concern(at: Now.AddDays(-1)) };
        var first = PatternRules.Detect("CD", three, Defaults, Now).Single();
        var again = PatternRules.Detect("CD", three, Defaults, Now.AddHours(1)).Single();
        var grown = PatternRules.Detect("CD", [.. three, Concern(at: Now)], Defaults, Now.AddHours(1)).Single();

        Assert.Equal(first.Signature, again.Signature);
        Assert.NotEqual(first.Signature, grown.Signature);
        Assert.Equal(first.Key, grown.Key);
    }

    [Fact]
    public void ConcernsOutsideTheWindow_DoNotCount()
    {
        var old = Enumerable.Range(0, 3).Select(i => Concern(at: Now.AddDays(-Defaults.WindowDays - 1 - i))).ToList();

        Assert.Empty(PatternRules.Detect("CD", old, Defaults, Now));
    }

    [Fact]
    public void SeverityRise_NeedsAMeanRiseOverThePreviousWindow()
    {
        var before = new List<Concern> { Concern(Unlike, Now.AddDays(-40)), Concern(Unlike, Now.AddDays(-45)) };
        var after = Enumerable.Range(1, 3).Select(i => Concern(Unlike, Now.AddDays(-i)) ).ToList();
        Assert.DoesNotContain(PatternRules.Detect("CD", [.. before, .. after], Defaults, Now), p => p.Rule == PatternRule.SeverityRise);

        var graver = Enumerable.Range(1, 3).Select(i => Concern(at: Now.AddDays(-i))).ToList();
        Assert.True(graver.Average(c => (int)c.Severity) - before.Average(c => (int)c.Severity) >= Defaults.SeverityRise);

        Assert.Contains(PatternRules.Detect("CD", [.. before, .. graver], Defaults, Now), p => p.Rule == PatternRule.SeverityRise);
    }

    [Fact]
    public void SamePlace_NeedsTwoEntities()
    {
        var unicef = Concern(Unlike, Now.AddDays(-2));
        var unicefAgain = Concern(Unlike, Now.AddDays(-1));
        Assert.DoesNotContain(PatternRules.Detect("CD", [unicef, unicefAgain], Defaults, Now), p => p.Rule == PatternRule.SamePlace);

        var undp = Concern(i => Unlike(i) with { Entity = "undp", Place = "  KALEMIE,   market district" }, Now.AddDays(-1));
        var pattern = Assert.Single(PatternRules.Detect("CD", [unicef, undp], Defaults, Now), p => p.Rule == PatternRule.SamePlace);

        Assert.Equal(2, pattern.Concerns.Count);
        Assert.DoesNotContain("kalemie", pattern.Key, StringComparison.OrdinalIgnoreCase);
    }
}
