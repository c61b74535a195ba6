namespace RufaBot.Storage;

/// <summary>
/// One completed induction (table <c>InductionCompletions</c>). A training record, not concern data: the person is
/// named on purpose, because entities follow who took the mandatory induction (Detailed Action Plan 2.3).
/// </summary>
internal sealed class InductionCompletionRecord
{
    public long Id { get; set; }

    /// <summary>The Entra object id; off Teams, where there is none, the channel's user id.</summary>
    public required string UserId { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>The entity as the user typed it, spaces tidied.</summary>
    public required string Entity { get; set; }

    /// <summary><see cref="Entity"/> folded for lookups, so "undp" and "UNDP " export together.</summary>
    public required string EntityKey { get; set; }

    /// <summary>SHA-256 of the dialog's draft id: the same draft is recorded once, however often it is retried.</summary>
    public required string DraftKey { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    public int Correct { get; set; }

    public int Questions { get; set; }
}
