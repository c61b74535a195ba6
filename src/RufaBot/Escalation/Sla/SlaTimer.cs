using RufaBot.Concerns;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// Where a concern's missed-deadline ladder stands, stored so it survives restarts: the stage it was armed for
/// (tier and status), the deadline, how many steps were taken and when the next is due. A change of tier or status
/// re-arms it; <see cref="NextStepAt"/> is null when nothing more will be sent.
/// </summary>
internal sealed class SlaTimer
{
    public Guid ConcernId { get; init; }

    public EscalationTier Tier { get; set; }

    public ConcernStatus Status { get; set; }

    public SlaMilestone? Milestone { get; set; }

    public DateTimeOffset? DueAt { get; set; }

    public DateTimeOffset? NextStepAt { get; set; }

    public int Steps { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }
}
