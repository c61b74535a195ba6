using System.Globalization;
using RufaBot.Concerns;
using RufaBot.Dialogs;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// The text of an SLA alert: de-identified by construction. It is built only from the reference, severity,
/// categories, country, tier, milestone and lateness, never from the narrative, place, sources or anyone's identity,
/// because a missed deadline must never forward content automatically (domain.md section 3). Each person gets it in
/// the language their client last reported; a channel in the default language.
/// </summary>
internal sealed class SlaSummary(FlowCatalog catalog)
{
    public string Text(SlaStep step, Concern concern, SlaDeadline deadline, DateTimeOffset now, string? locale = null)
    {
        var key = step switch
        {
            SlaStep.Remind => "sla.reminder",
            SlaStep.AlertBackup => "sla.backup",
            _ => "sla.nextTier",
        };
        return catalog.Text(key, locale)
            .Replace("{reference}", concern.Reference, StringComparison.Ordinal)
            .Replace("{severity}", concern.Severity.ToString(), StringComparison.Ordinal)
            .Replace("{categories}", concern.Categories.Count == 0 ? "-" : string.Join(", ", concern.Categories), StringComparison.Ordinal)
            .Replace("{country}", concern.CountryCode ?? "-", StringComparison.Ordinal)
            .Replace("{tier}", concern.Tier.ToString(), StringComparison.Ordinal)
            .Replace("{milestone}", deadline.Milestone.ToString(), StringComparison.Ordinal)
            .Replace("{due}", deadline.DueAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{overdue}", Overdue(now - deadline.DueAt), StringComparison.Ordinal);
    }

    public static string Overdue(TimeSpan late) => late.TotalDays >= 1
        ? $"{(int)late.TotalDays}d {late.Hours}h"
        : $"{(int)late.TotalHours}h {late.Minutes:00}m";
}
