using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.EarlyWarning.Patterns;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// Computes a brief from the region's concerns (with their trails) and alerted patterns: pure, so a test can compare
/// it with its own count of a seeded data set. Acknowledging is the first Acknowledged entry; deciding is the first
/// escalation, referral, close or recorded decision. A step is "within SLA" when no SLA reminder came before it; a
/// concern "missed an SLA" when the SLA ladder sent any reminder for it.
/// </summary>
internal static class BriefCalculator
{
    private static readonly ConcernEventKind[] Decisions =
        [ConcernEventKind.Escalated, ConcernEventKind.Referred, ConcernEventKind.Closed, ConcernEventKind.DecisionRecorded];

    public static BriefFigures Compute(string region, Quarter quarter, IReadOnlyList<Concern> regionConcerns, IReadOnlyList<PatternAlert> regionPatterns)
    {
        var current = In(regionConcerns, quarter);
        var previous = In(regionConcerns, quarter.Previous);
        return new BriefFigures(
            region,
            quarter,
            current.Count,
            Count(current.Select(c => c.CountryCode?.ToUpperInvariant() ?? "?")),
            Count(current.SelectMany(c => c.Categories).Select(c => c.ToString())),
            Count(current.SelectMany(c => c.RiskFactors).Select(f => f.ToString())),
            Count(current.Select(c => c.Severity.ToString())),
            Count(current.Select(c => c.Tier.ToString())),
            Count(current.Select(c => c.Status.ToString())),
            Timing(current, [ConcernEventKind.Acknowledged]),
            Timing(current, Decisions),
            current.Count(c => c.Events.Any(e => e.Kind == ConcernEventKind.SlaReminderSent)),
            [.. regionConcerns.Where(c => c.Tier == EscalationTier.B3 && c.Status != ConcernStatus.Closed).OrderBy(c => c.CreatedAt).Select(OpenItem)],
            [.. regionPatterns.Where(p => p.AlertedAt >= quarter.StartsAt && p.AlertedAt < quarter.EndsAt).OrderBy(p => p.AlertedAt)
                .Select(p => new BriefPattern(p.CountryCode, p.Rule, p.ConcernCount, p.RiskFactors, p.AlertedAt))],
            previous.Count,
            Count(previous.Select(c => c.Severity.ToString())));
    }

    private static List<Concern> In(IReadOnlyList<Concern> concerns, Quarter quarter) =>
        [.. concerns.Where(c => c.CreatedAt >= quarter.StartsAt && c.CreatedAt < quarter.EndsAt)];

    // Sorted by count, then by key, so two runs print the same table.
    private static IReadOnlyList<BriefCount> Count(IEnumerable<string> keys) =>
        [.. keys.GroupBy(k => k).Select(g => new BriefCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static BriefTiming Timing(IReadOnlyList<Concern> concerns, ConcernEventKind[] kinds)
    {
        var taken = new List<(double Hours, bool Within)>();
        foreach (var concern in concerns)
        {
            var step = concern.Events.Where(e => kinds.Contains(e.Kind)).OrderBy(e => e.At).FirstOrDefault();
            if (step is null)
                continue;
            var late = concern.Events.Any(e => e.Kind == ConcernEventKind.SlaReminderSent && e.At <= step.At);
            taken.Add(((step.At - concern.CreatedAt).TotalHours, !late));
        }
        return new BriefTiming(taken.Count, taken.Count(t => t.Within), Median(taken.Select(t => t.Hours).ToList()));
    }

    public static double? Median(List<double> values)
    {
        if (values.Count == 0)
            return null;
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static BriefOpenItem OpenItem(Concern c)
    {
        var last = c.Decisions.LastOrDefault();
        return new BriefOpenItem(c.Reference, c.CountryCode, c.Severity, c.Status, last?.Kind, last?.At);
    }
}
