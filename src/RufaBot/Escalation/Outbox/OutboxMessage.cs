namespace RufaBot.Escalation.Outbox;

/// <summary>
/// One outbound message caused by a state change, added to the same DbContext (same SaveChanges) as the change so
/// neither exists without the other. The dispatcher delivers it once, retrying with backoff; <see cref="ActivityJson"/>
/// (the activity to send, serialized with BotProtocol's JSON context) and the recipient are encrypted at rest, and
/// the activity is erased once delivered. Create with
/// <see cref="OutboxWrites"/>.
/// </summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid? ConcernId { get; init; }

    /// <summary>Why it is sent, for logs and metrics: e.g. <c>escalation-card</c>, <c>reporter-update</c>, <c>sla-reminder</c>.</summary>
    public required string Purpose { get; init; }

    public required OutboxRecipient Recipient { get; init; }

    /// <summary>Keyed hash of <see cref="OutboxRecipient.Key"/>, set when saved, so the dispatcher can order per recipient.</summary>
    public string RecipientKey { get; internal set; } = "";

    public OutboxKind Kind { get; init; }

    /// <summary>For <see cref="OutboxKind.Update"/>: the Send message whose delivered activity this one replaces.</summary>
    public Guid? Replaces { get; init; }

    /// <summary>
    /// Names one copy of a card (e.g. <c>card:{concern}:user:{hash}</c>): an Update with a copy key replaces the activity
    /// delivered for the latest Send with the same key and recipient, or is sent as new when there is none.
    /// </summary>
    public string? CopyKey { get; init; }

    public required string ActivityJson { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Not sent before this time; moved later after each failed attempt (backoff).</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Enqueue order within this process, for delivery in order per recipient.</summary>
    public long Sequence { get; private set; }

    public int Attempts { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? DeliveredConversationId { get; set; }

    public string? DeliveredActivityId { get; set; }

    /// <summary>A kind or HTTP status of the last failure only, never content.</summary>
    public string? LastFailure { get; set; }

    /// <summary>Which dispatcher instance holds the message and until when (multi-instance safety).</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    internal void Stamp(long sequence) => Sequence = sequence;
}
