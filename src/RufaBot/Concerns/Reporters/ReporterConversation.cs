namespace RufaBot.Concerns.Reporters;

/// <summary>
/// Where RufaBot can send the reporter status updates: their own chat with the bot, and the language they raised the
/// concern in, so the updates speak it too. Stored encrypted; addresses stored before the language was kept have none
/// and get the default language.
/// </summary>
internal sealed record ReporterConversation(string ServiceUrl, string ConversationId, string? TenantId, string? Locale = null);
