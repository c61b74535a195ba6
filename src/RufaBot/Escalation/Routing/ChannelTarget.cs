namespace RufaBot.Escalation.Routing;

/// <summary>A Teams channel where the bot can post for a tier's focal-point team.</summary>
internal sealed record ChannelTarget(string ServiceUrl, string ConversationId, string? TenantId);
