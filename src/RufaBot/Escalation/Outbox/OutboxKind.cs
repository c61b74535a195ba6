namespace RufaBot.Escalation.Outbox;

/// <summary>What the dispatcher does with a message.</summary>
internal enum OutboxKind
{
    /// <summary>Post a new activity (SendToConversation).</summary>
    Send,

    /// <summary>Replace the activity delivered for the <see cref="OutboxMessage.Replaces"/> message (UpdateActivity).</summary>
    Update,
}
