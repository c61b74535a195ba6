using RufaBot.Concerns;

namespace RufaBot.Escalation.Actions;

/// <summary>Escalation card events (6300-6349): ids, verbs and enums only.</summary>
internal static partial class Log
{
    [LoggerMessage(6300, LogLevel.Information, "Card action {Verb} on concern {ConcernId}: now {Status} at {Tier}")]
    public static partial void CardActionApplied(ILogger logger, Guid concernId, string verb, EscalationTier tier, ConcernStatus status);

    [LoggerMessage(6301, LogLevel.Warning, "Card action {Verb} on concern {ConcernId} refused ({Reason}); nothing changed")]
    public static partial void CardActionRefused(ILogger logger, Guid concernId, string verb, string reason);

    // No concern id: the sender chose it, and whether it exists is what an outsider must not learn from anything.
    [LoggerMessage(6302, LogLevel.Warning, "Card action {Verb} by someone with no part in a concern refused ({Reason}); nothing changed, nothing shown")]
    public static partial void CardActionByOutsider(ILogger logger, string verb, string reason);
}
