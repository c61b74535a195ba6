namespace RufaBot.Concerns;

/// <summary>
/// Accountability for a decision not to go further (issue 5, point 10): who (role and pseudonymous key, never a name),
/// when, at which tier, and why. Stored with the concern, shown on its card, and mirrored in the audit trail.
/// The reason is encrypted at rest.
/// </summary>
internal sealed class DecisionRecord
{
    private DecisionRecord()
    {
    }

    public DecisionRecord(DecisionKind kind, EscalationTier tier, ConcernActor actor, DateTimeOffset at, string reason, CloseOutcome? outcome = null, string? target = null)
    {
        Kind = kind;
        Tier = tier;
        ActorRole = actor.Role;
        ActorKey = actor.Key;
        At = at;
        Reason = reason;
        Outcome = outcome;
        Target = target;
    }

    public long Id { get; private set; }

    public DecisionKind Kind { get; private set; }

    public EscalationTier Tier { get; private set; }

    public ConcernRole ActorRole { get; private set; }

    public string? ActorKey { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Reason { get; private set; } = "";

    public CloseOutcome? Outcome { get; private set; }

    /// <summary>Where a referral went (another entity or mechanism).</summary>
    public string? Target { get; private set; }
}
