using RufaBot.EarlyWarning.Patterns;

namespace RufaBot.EarlyWarning;

/// <summary>Early-warning log events (8500-8599): rules, counts and kinds only; never a reference, place or text.</summary>
internal static partial class Log
{
    [LoggerMessage(8500, LogLevel.Information, "Early-warning pattern {Rule} alerted: {Concerns} concerns, {People} people")]
    public static partial void PatternAlerted(ILogger logger, PatternRule rule, int concerns, int people);

    [LoggerMessage(8501, LogLevel.Warning, "The early-warning {Worker} round failed ({Error}); the next round runs as usual")]
    public static partial void RoundFailed(ILogger logger, string worker, string error, Exception exception);

    [LoggerMessage(8502, LogLevel.Information, "Regional brief sent for {Region} {Quarter} to {Recipients} recipients")]
    public static partial void BriefSent(ILogger logger, string region, string quarter, int recipients);

    [LoggerMessage(8503, LogLevel.Debug, "Check-ins queued: {Count}")]
    public static partial void CheckInsQueued(ILogger logger, int count);
}
