using RufaBot.Concerns;
using RufaBot.EarlyWarning;
using RufaBot.EarlyWarning.Brief;
using RufaBot.EarlyWarning.Patterns;
using RufaBot.Escalation.Cards;
using Microsoft.Extensions.Options;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>The brief's figures against the test's own count of a seeded data set, and the small-count rule.</summary>
public sealed class BriefCalculatorTests
{
    private static readonly Quarter Q3 = new(2026, 3);
    private static readonly string[] Region = ["CD", "UG"];

    [Fact]
    public void Figures_EqualAnIndependentCount_OfTheSeededQuarter()
    {
        var all = BriefSeed.Build();
        var region = all.Where(c => Region.Contains(c.CountryCode!.ToUpperInvariant())).ToList();

        var f = BriefCalculator.Compute("central-africa", Q3, region, []);

        // The test's own reading of the seed: created from 1 July to before 1 October.
        var inQuarter = region.Where(c => c.CreatedAt.Year == 2026 && c.CreatedAt.Month is >= 7 and <= 9).ToList();
        Assert.Equal(inQuarter.Count, f.Total);
        Assert.Equal(7, f.Total);
        Assert.Equal(3, f.PreviousTotal);
        Assert.Equal(4, f.Change);
        foreach (var country in Region)
            Assert.Equal(inQuarter.Count(c => c.CountryCode!.Equals(country, StringComparison.OrdinalIgnoreCase)), f.ByCountry.Single(x => x.Key == country).Count);
        foreach (var category in inQuarter.SelectMany(c => c.Categories).Distinct())
            Assert.Equal(inQuarter.Count(c => c.Categories.Contains(category)), f.ByCategory.Single(x => x.Key == category.ToString()).Count);
        foreach (var factor in inQuarter.SelectMany(c => c.RiskFactors).Distinct())
            Assert.Equal(inQuarter.Count(c => c.RiskFactors.Contains(factor)), f.ByRiskFactor.Single(x => x.Key == factor.ToString()).Count);
        Assert.Equal(inQuarter.GroupBy(c => c.Severity).ToDictionary(g => g.Key.ToString(), g => g.Count()), f.BySeverity.ToDictionary(x => x.Key, x => x.Count));
        Assert.Equal(2, f.ByStatus.Single(x => x.Key == nameof(ConcernStatus.Closed)).Count);
        Assert.Equal(3, f.ByStatus.Single(x => x.Key == nameof(ConcernStatus.Acknowledged)).Count);

        // Acknowledged after 2, 4, 6, 8 and 10 hours; the last after a reminder.
        Assert.Equal(new BriefTiming(5, 4, 6.0), f.Acknowledge);
        // Decided: the two closes, after a day each.
        Assert.Equal(new BriefTiming(2, 2, 24.0), f.Decide);
        Assert.Equal(1, f.MissedSla);
        Assert.Empty(f.OpenB3);
    }

    [Fact]
    public void OpenB3Items_AndPatterns_AreListedWithoutText()
    {
        var concern = EarlyWarningSamples.Concern(at: new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero));
        concern.Escalate(EscalationTier.B2, "Kalemie market, see narrative", BriefSeed.FocalPoint, concern.CreatedAt.AddHours(1));
        concern.Escalate(EscalationTier.B3, "pattern of attacks near Kalemie", BriefSeed.FocalPoint, concern.CreatedAt.AddHours(2));
        concern.RecordDecision("Task force proposed for Kalemie", BriefSeed.FocalPoint, concern.CreatedAt.AddHours(3));
        var pattern = new PatternAlert { Key = "CD:risk-factors", CountryCode = "CD", Rule = PatternRule.SharedRiskFactors, ConcernCount = 4, RiskFactors = "RF2",
            AlertedAt = new DateTimeOffset(2026, 8, 2, 0, 0, 0, TimeSpan.Zero) };

        var f = BriefCalculator.Compute("central-africa", Q3, [concern], [pattern]);

        var item = Assert.Single(f.OpenB3);
        Assert.Equal((concern.Reference, DecisionKind.Recorded), (item.Reference, item.LastDecision));
        Assert.Single(f.Patterns);
        var rows = string.Join("\n", BriefTable.Rows(f, Small()).Select(r => string.Join(",", r.Section, r.Item, r.Value, r.Detail)));
        Assert.DoesNotContain("Kalemie", rows);
        Assert.Contains(concern.Reference, rows);
    }

    [Fact]
    public void SmallCounts_AreShownAsFewerThanThree_InTheRowsAndTheirDifference()
    {
        var region = BriefSeed.Build().Where(c => Region.Contains(c.CountryCode!.ToUpperInvariant())).ToList();
        var f = BriefCalculator.Compute("central-africa", Q3, region, []);

        var rows = BriefTable.Rows(f, Small());

        Assert.Equal("<3", rows.Single(r => r.Section == "country" && r.Item == "UG").Value);
        Assert.Equal("5", rows.Single(r => r.Section == "country" && r.Item == "CD").Value);
        Assert.Equal("<3", rows.Single(r => r.Section == "decide" && r.Item == "taken").Value);
        Assert.Equal("", rows.Single(r => r.Section == "decide" && r.Item == "medianHours").Value);
        Assert.All(rows.Where(r => r.Section is "country" or "category" or "riskFactor" or "severity" or "tier" or "status"),
            r => Assert.True(r.Value == "<3" || int.Parse(r.Value) >= 3 || r.Value == "0", r.ToString()));
    }

    [Theory]
    [InlineData("2027-01-15", "2026-Q4")]
    [InlineData("2027-04-01", "2027-Q1")]
    [InlineData("2026-12-31", "2026-Q3")]
    public void DefaultQuarter_IsTheOneEndingBeforeTheNextReview(string review, string expected)
    {
        var today = new DateOnly(2026, 12, 7);
        Assert.Equal(expected, Quarter.ForNextReview(today, [new DateOnly(2026, 1, 10), DateOnly.Parse(review)]).ToString());
        Assert.True(Quarter.TryParse(expected, out var parsed) && parsed.ToString() == expected);
        Assert.False(Quarter.TryParse("2026-Q5", out _));
    }

    internal static SmallCounts Small() => new(new OptionsMonitorStub(new EarlyWarningOptions()));

    private sealed class OptionsMonitorStub(EarlyWarningOptions value) : IOptionsMonitor<EarlyWarningOptions>
    {
        public EarlyWarningOptions CurrentValue => value;
        public EarlyWarningOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<EarlyWarningOptions, string?> listener) => null;
    }
}
