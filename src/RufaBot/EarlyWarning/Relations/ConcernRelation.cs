namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// A suggested link between two concerns of the same country: the newer one, the older one it resembles, and the
/// score. Nothing else is stored, and nothing of either narrative: the comparison happened in memory at submission.
/// A focal point entitled to see both confirms or dismisses it; a dismissed link stays dismissed.
/// </summary>
internal sealed class ConcernRelation
{
    public Guid Id { get; init; }

    /// <summary>The concern whose submission found the link (the newer).</summary>
    public Guid ConcernId { get; init; }

    public Guid RelatedConcernId { get; init; }

    public double Score { get; init; }

    public RelationState State { get; set; }

    /// <summary>Keyed hash of the focal point who decided (never their id).</summary>
    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The outbox key of one person's copy of the relation card.</summary>
    public string CopyKey(string participantKey) => $"relation:{Id:N}:{participantKey}";
}

internal enum RelationState
{
    Suggested,
    Confirmed,
    Dismissed,
}
