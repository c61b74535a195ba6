using RufaBot.Concerns;

namespace RufaBot.Escalation.Reach;

/// <summary>Reachability log events (7520-7559): kinds and counts only, never names or content.</summary>
internal static partial class Log
{
    [LoggerMessage(7520, LogLevel.Warning, "A conversation reference could not be recorded ({Failure}); it will be recorded on a later activity")]
    public static partial void ReachNotRecorded(ILogger logger, string failure);

    [LoggerMessage(7521, LogLevel.Information, "RufaBot was removed from a conversation; its reference was forgotten")]
    public static partial void ReachForgotten(ILogger logger);

    [LoggerMessage(7522, LogLevel.Warning, "A focal point cannot be reached ({Failure}); administrators were told and message {MessageId} waits")]
    public static partial void PersonUnreachable(ILogger logger, Guid messageId, string failure);

    [LoggerMessage(7523, LogLevel.Error, "No focal point is configured for tier {Tier} of concern {ConcernId}; administrators were told")]
    public static partial void RoutingGap(ILogger logger, Guid concernId, EscalationTier tier);

    [LoggerMessage(7524, LogLevel.Error, "No administrator could be told of a reachability gap: Administration:AdminAadObjectIds is empty")]
    public static partial void NoAdministrators(ILogger logger);
}
