namespace RufaBot.Concerns.Retention;

/// <summary>Retention log events (7850-7899): counts and ids of the tombstone only, never content.</summary>
internal static partial class Log
{
    [LoggerMessage(7850, LogLevel.Information, "Retention: closed concerns are purged {PurgeAfter} after their close, looked for every {Interval}")]
    public static partial void Started(ILogger logger, TimeSpan purgeAfter, TimeSpan interval);

    [LoggerMessage(7851, LogLevel.Information, "Retention purged concern {Reference} (closed {ClosedAt:u})")]
    public static partial void Purged(ILogger logger, string reference, DateTimeOffset? closedAt);

    [LoggerMessage(7852, LogLevel.Debug, "Concern {ConcernId} was purged or changed by another instance meanwhile")]
    public static partial void PurgedElsewhere(ILogger logger, Guid concernId);

    [LoggerMessage(7853, LogLevel.Warning, "Retention round failed ({Error}); trying again at the next interval")]
    public static partial void RoundFailed(ILogger logger, string error, Exception exception);

    [LoggerMessage(7854, LogLevel.Information, "Retention is off (Concerns:Retention:Enabled = false): closed concerns are kept")]
    public static partial void Disabled(ILogger logger);
}
