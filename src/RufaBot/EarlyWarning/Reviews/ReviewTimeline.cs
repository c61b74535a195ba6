using RufaBot.Concerns;
using RufaBot.Escalation.Sla;

namespace RufaBot.EarlyWarning.Reviews;

/// <summary>One transition of the decision timeline, and the SLA of the step it ended (null when it ended none).</summary>
internal sealed record ReviewStep(DateTimeOffset At, ConcernEventKind Kind, EscalationTier? Tier, ConcernRole Role, string? Name, string? Why,
    ReviewSla? Sla);

/// <summary>A step's SLA: the milestone, its target time and whether the step ended by then.</summary>
internal sealed record ReviewSla(SlaMilestone Milestone, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset DoneAt)
{
    public bool Met => DoneAt <= DueAt;
}

/// <summary>
/// A closed concern's decision timeline for a review (DAP 3.5): every transition in order with its tier, who (by role,
/// and by the name the concern's participants give the actor's key), what and why, and for each step the SLA target
/// against the time it ended. The tier is replayed from the trail (an assignment names it); a step is the span during
/// which one SLA milestone (<see cref="SlaDeadlines.Milestone"/>) ran. The reporter's words (added information, the
/// questions put to them) are notes only when <paramref name="showsNarrative"/>; the reporter is never named here.
/// </summary>
internal static class ReviewTimeline
{
    private static readonly ConcernEventKind[] Transitions =
    [
        ConcernEventKind.Submitted, ConcernEventKind.EmergencyAlerted, ConcernEventKind.DetailsCompleted, ConcernEventKind.Assigned,
        ConcernEventKind.RoutingGap, ConcernEventKind.Acknowledged, ConcernEventKind.InformationRequested, ConcernEventKind.InformationAdded,
        ConcernEventKind.Reassigned, ConcernEventKind.ConflictDeclared, ConcernEventKind.Escalated, ConcernEventKind.Referred,
        ConcernEventKind.CloseRequested, ConcernEventKind.Closed, ConcernEventKind.DecisionRecorded, ConcernEventKind.SlaReminderSent,
        ConcernEventKind.SlaBackupAlerted, ConcernEventKind.SlaNextTierAlerted, ConcernEventKind.RelationConfirmed, ConcernEventKind.RelationDismissed,
    ];

    /// <summary>Notes that are the reporter's words or questions about them; the others are the deciders' reasons.</summary>
    private static readonly ConcernEventKind[] ReporterWords = [ConcernEventKind.InformationRequested, ConcernEventKind.InformationAdded];

    public static IReadOnlyList<ReviewStep> Build(Concern concern, SlaDeadlines deadlines, BusinessCalendar calendar, bool showsNarrative)
    {
        var events = concern.Events.OrderBy(e => e.Id).ThenBy(e => e.At).ToList();
        var names = concern.Participants.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().DisplayName);
        EscalationTier? tier = events.Select(e => TierOf(e)).FirstOrDefault(t => t is not null);
        var escalating = false;
        (SlaMilestone Milestone, DateTimeOffset Start)? running = null;
        var steps = new List<ReviewStep>();
        foreach (var e in events.Where(e => Transitions.Contains(e.Kind)))
        {
            if (e.Kind == ConcernEventKind.Escalated)
                escalating = true;
            else if (TierOf(e) is { } assigned)
                (tier, escalating) = (assigned, false);
            // An escalation ends the step; the next begins when the new tier is assigned. An SLA alert changes nothing.
            SlaMilestone? now;
            if (escalating || tier is null)
                now = e.Kind == ConcernEventKind.Escalated ? null : running?.Milestone;
            else if (e.Kind is ConcernEventKind.SlaReminderSent or ConcernEventKind.SlaBackupAlerted or ConcernEventKind.SlaNextTierAlerted)
                now = running?.Milestone;
            else
                now = SlaDeadlines.Milestone(tier.Value, e.Status);
            ReviewSla? sla = null;
            if (running is { } r && now != r.Milestone)
                sla = new ReviewSla(r.Milestone, r.Start, calendar.Add(r.Start, deadlines.Target(r.Milestone, concern.Severity)), e.At);
            if (now != running?.Milestone)
                running = now is { } m ? (m, e.At) : null;
            var why = ReporterWords.Contains(e.Kind) && !showsNarrative ? null : e.Note;
            var name = e.ActorKey is { } key ? names.GetValueOrDefault(key) : null;
            steps.Add(new ReviewStep(e.At, e.Kind, tier, e.ActorRole, name, why, sla));
        }
        return steps;
    }

    // "B2 CD: 1": an assignment's note begins with the tier it gave the concern to.
    private static EscalationTier? TierOf(ConcernEvent e) =>
        e.Kind == ConcernEventKind.Assigned && e.Note?.Split(' ', 2)[0] is { } first && Enum.TryParse<EscalationTier>(first, out var tier) ? tier : null;
}
