using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// The deadline of a concern in its current tier and status, computed from the concern alone (its events say when
/// the stage began), so cards, the pending list and the timers agree and nothing needs to be stored to know it.
/// No deadline while the reporter is asked for information, once referred or closed, and at B4 (tracking only).
/// </summary>
internal sealed class SlaDeadlines(IOptionsMonitor<SlaOptions> options, BusinessCalendar calendar)
{
    public DateTimeOffset? DueAt(Concern concern) => Evaluate(concern)?.DueAt;

    public SlaDeadline? Evaluate(Concern concern)
    {
        if (Milestone(concern.Tier, concern.Status) is not { } milestone)
            return null;
        var started = StartOf(concern, milestone);
        return new SlaDeadline(milestone, started, calendar.Add(started, Target(milestone, concern.Severity)));
    }

    public SlaTarget Target(SlaMilestone milestone, Severity severity)
    {
        var severe = severity >= Severity.S3;
        var defaults = SlaOptions.Defaults[milestone];
        var configured = options.CurrentValue.Targets.FirstOrDefault(t => t.Key.Equals(milestone.ToString(), StringComparison.OrdinalIgnoreCase)).Value;
        var text = severe ? configured?.Severe ?? configured?.Normal ?? defaults.Severe : configured?.Normal ?? defaults.Normal;
        return SlaTarget.Parse(text);
    }

    public static SlaMilestone? Milestone(EscalationTier tier, ConcernStatus status) => (tier, status) switch
    {
        (_, ConcernStatus.InformationRequested or ConcernStatus.Referred or ConcernStatus.Closed) => null,
        (EscalationTier.B0, ConcernStatus.Acknowledged) => SlaMilestone.EmergencyFollowUp,
        (EscalationTier.B0, _) => SlaMilestone.EmergencyResponse,
        (EscalationTier.B1, ConcernStatus.Acknowledged) => SlaMilestone.Triage,
        (EscalationTier.B1, _) => SlaMilestone.Acknowledge,
        (EscalationTier.B2, ConcernStatus.Acknowledged) => SlaMilestone.Decide,
        (EscalationTier.B2, _) => SlaMilestone.Assess,
        (EscalationTier.B3, _) => SlaMilestone.RegionalReview,
        _ => null,
    };

    // The event that began the stage: submission for B0 and B1 intake, the last acknowledgement for triage, the
    // escalation into the tier for B2 and B3 (the RC's 10 days count from the concern's arrival in the country tier).
    private static DateTimeOffset StartOf(Concern concern, SlaMilestone milestone)
    {
        ConcernEventKind[] kinds = milestone switch
        {
            SlaMilestone.Triage => [ConcernEventKind.Acknowledged],
            SlaMilestone.Assess or SlaMilestone.Decide or SlaMilestone.RegionalReview => [ConcernEventKind.Escalated],
            _ => [ConcernEventKind.Submitted],
        };
        return concern.Events.Where(e => kinds.Contains(e.Kind)).Select(e => (DateTimeOffset?)e.At).Max() ?? concern.CreatedAt;
    }
}
