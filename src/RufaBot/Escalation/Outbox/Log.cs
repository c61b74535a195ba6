namespace RufaBot.Escalation.Outbox;

/// <summary>Outbox log events (7560-7599): message ids, purposes and failure kinds only, never content.</summary>
internal static partial class Log
{
    [LoggerMessage(7560, LogLevel.Debug, "Outbox message {MessageId} ({Purpose}) delivered after {Attempts} attempt(s)")]
    public static partial void Delivered(ILogger logger, Guid messageId, string purpose, int attempts);

    [LoggerMessage(7561, LogLevel.Warning, "Outbox message {MessageId} ({Purpose}) failed attempt {Attempts} ({Failure}); retrying at {DueAt}")]
    public static partial void DeliveryFailed(ILogger logger, Guid messageId, string purpose, int attempts, string failure, DateTimeOffset dueAt);

    [LoggerMessage(7562, LogLevel.Error, "The outbox dispatcher round failed ({Failure}); it will try again")]
    public static partial void DispatchFailed(ILogger logger, string failure, Exception exception);
}
