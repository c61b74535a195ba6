namespace RufaBot.Concerns;

/// <summary>Escalation card events (6300-6349): ids, verbs and enums only.</summary>
internal static partial class Log
{
    [LoggerMessage(6300, LogLevel.Information, "Card action {Verb} on concern {ConcernId}: now {Status} at {Tier}")]
    public static partial void CardActionApplied(ILogger logger, Guid concernId, string verb, EscalationTier tier, ConcernStatus status);

    [LoggerMessage(6301, LogLevel.Warning, "Card action {Verb} on concern {ConcernId} refused ({Reason}); nothing changed")]
    public static partial void CardActionRefused(ILogger logger, Guid concernId, string verb, string reason);
}
