namespace RufaBot.RateLimiting;

/// <summary>
/// Rate limiting log events (7800-7849). No user or conversation id: the turn's log scope already has the conversation,
/// and a request refused at the endpoint has not been authenticated.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(7800, LogLevel.Information, "Rate limiting: {PerUser} per {UserWindow} per user, {PerConversation} per {ConversationWindow} per conversation, {PerAddress} per {AddressWindow} per calling address")]
    public static partial void Limits(ILogger logger, int perUser, TimeSpan userWindow, int perConversation, TimeSpan conversationWindow, int perAddress, TimeSpan addressWindow);

    [LoggerMessage(7801, LogLevel.Warning, "Rate limiting is off (RateLimiting:Enabled = false)")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(7802, LogLevel.Warning, "Request to the bot endpoint refused with 429: the calling address passed its limit")]
    public static partial void EndpointRefused(ILogger logger);

    [LoggerMessage(7803, LogLevel.Debug, "Refused turn not answered: the sender was told within the last few seconds")]
    public static partial void RefusalNoticeSkipped(ILogger logger);

    [LoggerMessage(7804, LogLevel.Warning, "Request to the bot endpoint refused with 429: the calling address had too many requests refused with 401")]
    public static partial void FailedAuthenticationsRefused(ILogger logger);
}
