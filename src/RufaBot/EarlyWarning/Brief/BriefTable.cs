using System.Globalization;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>One row of the brief's file: a section, what is counted, the value (small counts as "&lt;3") and a detail.</summary>
internal sealed record BriefRow(string Section, string Item, string Value, string Detail = "");

/// <summary>
/// The brief as rows, the same for every file format (CSV, XLSX): every count goes through <see cref="SmallCounts"/>,
/// and no cell holds a narrative, a place or a name: only codes, references, counts, hours and dates.
/// </summary>
internal static class BriefTable
{
    public static IReadOnlyList<BriefRow> Rows(BriefFigures f, SmallCounts small)
    {
        var rows = new List<BriefRow>
        {
            new("brief", "region", f.Region),
            new("brief", "quarter", f.Quarter.ToString()),
            new("total", "concerns", small.Cell(f.Total)),
            new("total", "previousQuarter", small.Cell(f.PreviousTotal)),
            // A difference of two suppressed counts would undo the suppression.
            new("total", "change", small.IsSuppressed(f.Total) || small.IsSuppressed(f.PreviousTotal) ? "" : f.Change.ToString("+0;-0;0", CultureInfo.InvariantCulture)),
        };
        Add(rows, "country", f.ByCountry, small);
        Add(rows, "category", f.ByCategory, small);
        Add(rows, "riskFactor", f.ByRiskFactor, small);
        Add(rows, "severity", f.BySeverity, small);
        Add(rows, "tier", f.ByTier, small);
        Add(rows, "status", f.ByStatus, small);
        Add(rows, "previousSeverity", f.PreviousBySeverity, small);
        Timing(rows, "acknowledge", f.Acknowledge, small);
        Timing(rows, "decide", f.Decide, small);
        rows.Add(new("sla", "missed", small.Cell(f.MissedSla)));
        foreach (var item in f.OpenB3)
            rows.Add(new("openB3", item.Reference, $"{item.CountryCode} {item.Severity} {item.Status}",
                item.LastDecision is { } kind ? $"{kind} {item.LastDecisionAt:yyyy-MM-dd}" : ""));
        foreach (var p in f.Patterns)
            rows.Add(new("pattern", $"{p.CountryCode} {p.Rule}", small.Cell(p.Concerns), $"{p.RiskFactors} {p.AlertedAt:yyyy-MM-dd}".Trim()));
        return rows;
    }

    private static void Add(List<BriefRow> rows, string section, IReadOnlyList<BriefCount> counts, SmallCounts small) =>
        rows.AddRange(counts.Select(c => new BriefRow(section, c.Key, small.Cell(c.Count))));

    // A median of one or two concerns is their own time: shown only when the count itself is.
    private static void Timing(List<BriefRow> rows, string step, BriefTiming timing, SmallCounts small)
    {
        rows.Add(new(step, "taken", small.Cell(timing.Taken)));
        rows.Add(new(step, "withinSla", small.Cell(timing.WithinSla)));
        rows.Add(new(step, "medianHours", timing.MedianHours is { } hours && !small.IsSuppressed(timing.Taken) ? hours.ToString("0.0", CultureInfo.InvariantCulture) : ""));
    }
}
