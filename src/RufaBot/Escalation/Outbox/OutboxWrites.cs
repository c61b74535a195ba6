using System.Text.Json;
using BotProtocol;
using RufaBot.Storage;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Writes outbound messages into the caller's unit of work: add them to the same context as the state change and call
/// SaveChanges once, so a change is never stored without its notifications (or the reverse). After the commit the
/// dispatcher is woken by <see cref="OutboxSignal"/>, which <see cref="OutboxCommitInterceptor"/> raises.
/// </summary>
internal static class OutboxWrites
{
    private static long lastSequence;

    public static void Enqueue(this RufaDbContext db, OutboxMessage message)
    {
        message.Stamp(NextSequence());
        if (message.DueAt == default)
            message.DueAt = message.CreatedAt;
        db.Set<OutboxMessage>().Add(message);
    }

    /// <summary>A new activity for a person (their personal chat, found or opened by the dispatcher).</summary>
    public static OutboxMessage SendToPerson(string aadObjectId, Activity activity, string purpose, Guid? concernId, DateTimeOffset now,
        string? copyKey = null) =>
        Create(OutboxRecipient.Person(aadObjectId), OutboxKind.Send, null, copyKey, activity, purpose, concernId, now);

    /// <summary>
    /// A new plain-text message for a recipient: callers decide the words (in <paramref name="locale"/>, which the
    /// activity carries so the way out can lay it out for its language), the outbox makes the activity.
    /// </summary>
    public static OutboxMessage SendText(OutboxRecipient recipient, string text, string purpose, Guid? concernId, DateTimeOffset now, string? locale = null)
    {
        var activity = Replies.Text(text);
        activity.Locale = locale;
        return Create(recipient, OutboxKind.Send, null, null, activity, purpose, concernId, now);
    }

    /// <summary>A new activity in a known conversation (a focal-point channel, a reporter's chat).</summary>
    public static OutboxMessage SendToConversation(string serviceUrl, string conversationId, string? tenantId, Activity activity,
        string purpose, Guid? concernId, DateTimeOffset now, string? copyKey = null) =>
        Create(OutboxRecipient.Conversation(serviceUrl, conversationId, tenantId), OutboxKind.Send, null, copyKey, activity, purpose, concernId, now);

    /// <summary>Replaces the delivered copy named <paramref name="copyKey"/> for this recipient; sent as new when there is none.</summary>
    public static OutboxMessage UpdateCopy(OutboxRecipient recipient, string copyKey, Activity activity, string purpose, Guid? concernId,
        DateTimeOffset now) =>
        Create(recipient, OutboxKind.Update, null, copyKey, activity, purpose, concernId, now);

    /// <summary>Replaces what <paramref name="delivered"/> posted, once it has been posted (e.g. a refreshed card).</summary>
    public static OutboxMessage UpdateOf(OutboxMessage delivered, Activity activity, string purpose, DateTimeOffset now) =>
        delivered.Kind == OutboxKind.Send
            ? Create(delivered.Recipient, OutboxKind.Update, delivered.Id, null, activity, purpose, delivered.ConcernId, now)
            : throw new ArgumentException("Only a Send message can be replaced.", nameof(delivered));

    public static Activity ReadActivity(this OutboxMessage message) =>
        JsonSerializer.Deserialize(message.ActivityJson, ProtocolJson.Default.Activity)
        ?? throw new InvalidDataException($"Outbox message {message.Id} holds no activity.");

    private static OutboxMessage Create(OutboxRecipient recipient, OutboxKind kind, Guid? replaces, string? copyKey, Activity activity,
        string purpose, Guid? concernId, DateTimeOffset now) => new()
        {
            ConcernId = concernId,
            Purpose = purpose,
            Recipient = recipient.Copy(),
            Kind = kind,
            Replaces = replaces,
            CopyKey = copyKey,
            ActivityJson = JsonSerializer.Serialize(activity, ProtocolJson.Default.Activity),
            CreatedAt = now,
            DueAt = now,
        };

    // Increasing within the process even when the clock stands still or steps back, so one unit of work keeps its order.
    private static long NextSequence()
    {
        while (true)
        {
            var last = Interlocked.Read(ref lastSequence);
            var next = Math.Max(last + 1, DateTime.UtcNow.Ticks);
            if (Interlocked.CompareExchange(ref lastSequence, next, last) == last)
                return next;
        }
    }
}
