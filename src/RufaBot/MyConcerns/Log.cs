namespace RufaBot.MyConcerns;

/// <summary>
/// "My concerns" log events (6500-6599). Debug only, with no reference and no text: the turn's log scope holds the
/// reporter's conversation, so anything more would tie them to a concern.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(6500, LogLevel.Debug, "My concerns: {Verb} (from a card: {FromCard})")]
    public static partial void Request(ILogger logger, MyConcernsVerb verb, bool fromCard);

    [LoggerMessage(6503, LogLevel.Debug, "Follow-up of an unlinked concern (from a card: {FromCard})")]
    public static partial void FollowUpRequest(ILogger logger, bool fromCard);

    [LoggerMessage(6501, LogLevel.Debug, "The summary card was replaced by the submitted card")]
    public static partial void SummaryReplaced(ILogger logger);

    [LoggerMessage(6502, LogLevel.Warning, "The summary card could not be replaced ({Status}); the submitted card is sent instead")]
    public static partial void SummaryNotReplaced(ILogger logger, int status);
}
