namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Where a message goes: a person (Entra object id; the dispatcher finds or opens their personal chat) or a known
/// conversation (a channel, or a chat whose reference the caller already has). Owned by <see cref="OutboxMessage"/>.
/// </summary>
internal sealed class OutboxRecipient
{
    public string? AadObjectId { get; private init; }

    public string? ServiceUrl { get; private init; }

    public string? ConversationId { get; private init; }

    public string? TenantId { get; private init; }

    /// <summary>Orders delivery: messages to the same key are delivered in the order they were enqueued.</summary>
    public string Key => AadObjectId is { } aad ? $"user:{aad}" : $"conversation:{ConversationId}";

    public static OutboxRecipient Person(string aadObjectId) =>
        new() { AadObjectId = Required(aadObjectId, nameof(aadObjectId)) };

    public static OutboxRecipient Conversation(string serviceUrl, string conversationId, string? tenantId) => new()
    {
        ServiceUrl = Required(serviceUrl, nameof(serviceUrl)),
        ConversationId = Required(conversationId, nameof(conversationId)),
        TenantId = tenantId,
    };

    /// <summary>EF keeps an owned value with one owner only, so a message for the same recipient gets its own copy.</summary>
    public OutboxRecipient Copy() => new() { AadObjectId = AadObjectId, ServiceUrl = ServiceUrl, ConversationId = ConversationId, TenantId = TenantId };

    private static string Required(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("An outbox recipient needs a value.", name) : value;
}
