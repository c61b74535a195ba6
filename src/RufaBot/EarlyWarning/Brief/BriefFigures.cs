using RufaBot.Concerns;
using RufaBot.EarlyWarning.Patterns;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>One count of the brief: what is counted ("CD", "Killings", "S3") and how many. Shown through <see cref="SmallCounts"/>.</summary>
internal sealed record BriefCount(string Key, int Count);

/// <summary>How fast one step was taken: how many concerns took it, how many before any SLA reminder, the median time.</summary>
internal sealed record BriefTiming(int Taken, int WithinSla, double? MedianHours);

/// <summary>An open B3 item, de-identified: no narrative, place, name, nor the text of its decisions.</summary>
internal sealed record BriefOpenItem(string Reference, string? CountryCode, Concerns.Assessment.Severity Severity, ConcernStatus Status,
    DecisionKind? LastDecision, DateTimeOffset? LastDecisionAt);

/// <summary>A pattern alerted during the quarter (point 2).</summary>
internal sealed record BriefPattern(string CountryCode, PatternRule Rule, int Concerns, string RiskFactors, DateTimeOffset AlertedAt);

/// <summary>
/// The figures of a Regional Quarterly Review brief, before the small-count rule is applied (it is applied where the
/// figures are shown: card, chart, files). Counts are of concerns submitted during the quarter, in their state now.
/// </summary>
internal sealed record BriefFigures(
    string Region,
    Quarter Quarter,
    int Total,
    IReadOnlyList<BriefCount> ByCountry,
    IReadOnlyList<BriefCount> ByCategory,
    IReadOnlyList<BriefCount> ByRiskFactor,
    IReadOnlyList<BriefCount> BySeverity,
    IReadOnlyList<BriefCount> ByTier,
    IReadOnlyList<BriefCount> ByStatus,
    BriefTiming Acknowledge,
    BriefTiming Decide,
    int MissedSla,
    IReadOnlyList<BriefOpenItem> OpenB3,
    IReadOnlyList<BriefPattern> Patterns,
    int PreviousTotal,
    IReadOnlyList<BriefCount> PreviousBySeverity)
{
    public int Change => Total - PreviousTotal;
}
