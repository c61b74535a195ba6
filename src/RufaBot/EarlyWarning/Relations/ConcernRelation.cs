namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// A suggested link between two concerns of the same country: the newer one, the older one it resembles, and the
/// score. Nothing else is stored, and nothing of either narrative: the comparison happened in memory at submission.
/// A focal point entitled to see both confirms or dismisses it; a dismissed link stays dismissed. The pair is the key:
/// a row id or copy key of its own would be a value the two concerns share and no other pair does.
/// </summary>
internal sealed class ConcernRelation
{
    /// <summary>The concern whose submission found the link (the newer).</summary>
    public Guid ConcernId { get; init; }

    public Guid RelatedConcernId { get; init; }

    public double Score { get; init; }

    public RelationState State { get; set; }

    /// <summary>Keyed hash of the focal point who decided (never their id).</summary>
    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// The outbox key of one person's copy of a concern's relation card: a hash of the concern and the person, so that
    /// the outbox row (which names the newer concern) names none of the concerns it is linked to.
    /// </summary>
    public static string CopyKey(Guid concernId, string participantKey) =>
        "relation:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{concernId:N}{participantKey}")))[..40];
}

internal enum RelationState
{
    Suggested,
    Confirmed,
    Dismissed,
}
