using RufaBot.Concerns;
using RufaBot.Dialogs;
using RufaBot.Escalation.Cards;

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
        // In the reader's words and formats; the time in UTC, said so (a reminder has no client to ask for a zone).
        var t = new EscalationTexts(catalog, locale);
        return t.Fill(key,
            ("reference", concern.Reference),
            ("severity", t.Severity(concern.Severity)),
            ("categories", concern.Categories.Count == 0 ? "-" : string.Join(", ", concern.Categories.Select(c => t.Answer("categories", c)))),
            ("country", t.Country(concern.CountryCode)),
            ("level", t.Level(concern.Tier)),
            ("milestone", deadline.Milestone.ToString()),
            ("due", t.Format.DateTime(deadline.DueAt)),
            ("overdue", t.Format.Span(now - deadline.DueAt)));
    }

    /// <summary>Lateness for the trail's note, which is not read by a person in a language.</summary>
    public static string Overdue(TimeSpan late) => late.TotalDays >= 1
        ? $"{(int)late.TotalDays}d {late.Hours}h"
        : $"{(int)late.TotalHours}h {late.Minutes:00}m";
}
