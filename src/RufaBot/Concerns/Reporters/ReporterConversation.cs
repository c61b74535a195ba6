namespace RufaBot.Concerns.Reporters;

/// <summary>Where RufaBot can send the reporter status updates: their own chat with the bot.</summary>
internal sealed record ReporterConversation(string ServiceUrl, string ConversationId, string? TenantId);
