using System.Globalization;
using RufaBot.EarlyWarning.Brief;

namespace RufaBot.EarlyWarning.Reviews;

/// <summary>
/// The decision timeline as a table for the review's CSV and XLSX (made by <see cref="BriefFiles"/>' writers): the
/// reporter and narrative rows say "withheld" unless the review role shows them, then one row per transition.
/// Codes and times in UTC, so that the file reads the same in every language.
/// </summary>
internal static class ReviewFiles
{
    public const string Withheld = "withheld";

    private static readonly string[] Header = ["Reference", "AtUtc", "Event", "Tier", "Role", "Name", "Why", "SlaMilestone", "SlaDueUtc", "SlaMet"];

    public static byte[] Csv(ReviewRecord record) => BriefFiles.CsvOf(Header, Rows(record));

    public static byte[] Xlsx(ReviewRecord record) => BriefFiles.XlsxOf("Review", Header, Rows(record));

    public static IEnumerable<string[]> Rows(ReviewRecord r)
    {
        yield return [r.Reference, "", "Reporter", "", "", "", r.Reporter ?? Withheld, "", "", ""];
        yield return [r.Reference, "", "Narrative", "", "", "", r.Narrative ?? Withheld, "", "", ""];
        foreach (var s in r.Steps)
            yield return
            [
                r.Reference, Time(s.At), s.Kind.ToString(), s.Tier?.ToString() ?? "", s.Role.ToString(), s.Name ?? "", s.Why ?? "",
                s.Sla?.Milestone.ToString() ?? "", s.Sla is { } sla ? Time(sla.DueAt) : "", s.Sla is null ? "" : s.Sla.Met ? "met" : "missed",
            ];
    }

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
