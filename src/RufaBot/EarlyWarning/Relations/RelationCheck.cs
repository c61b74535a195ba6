namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// A concern waiting for its related-concerns comparison: queued in the submission's own transaction, so a stored
/// concern is always compared, and worked by <see cref="RelationWorker"/> after the submitter's turn. Holds nothing of
/// the concern but its id.
/// </summary>
internal sealed class RelationCheck
{
    public Guid ConcernId { get; init; }

    /// <summary>When the concern's intake was stored: the checks are worked oldest first.</summary>
    public DateTimeOffset DueAt { get; init; }
}
