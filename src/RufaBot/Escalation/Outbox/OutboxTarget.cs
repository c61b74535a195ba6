namespace RufaBot.Escalation.Outbox;

/// <summary>The conversation a message goes to, once a person's recipient is resolved to their chat.</summary>
internal sealed record OutboxTarget(string ServiceUrl, string ConversationId);
