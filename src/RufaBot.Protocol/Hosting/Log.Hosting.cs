using Microsoft.Extensions.Logging;

namespace BotProtocol;

/// <summary>Protocol log events. Activity text and tokens never appear here; payloads only at Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Warning, "Inbound request refused with {Status}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int status, string reason);

    [LoggerMessage(1001, LogLevel.Warning, "Inbound request unauthenticated ({Path}): {Reason}")]
    public static partial void Unauthenticated(ILogger logger, string? path, string? reason);

    [LoggerMessage(1002, LogLevel.Debug, "Duplicate activity dropped")]
    public static partial void DuplicateDropped(ILogger logger);

    [LoggerMessage(1003, LogLevel.Error, "Turn failed; the user was shown correlation id {CorrelationId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(1004, LogLevel.Error, "Could not tell the user that turn {CorrelationId} failed")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(1005, LogLevel.Warning,
        "MicrosoftAppId is not set: inbound authentication is OFF for loopback callers with loopback service URLs (local development). " +
        "Every other request gets 401. Set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId before exposing the bot.")]
    public static partial void LocalDevelopmentMode(ILogger logger);

    [LoggerMessage(1007, LogLevel.Debug, "Turn {Type} finished in {ElapsedMs:F1} ms")]
    public static partial void TurnFinished(ILogger logger, string type, double elapsedMs);

    [LoggerMessage(1008, LogLevel.Warning, "Turn timed out after {Timeout}; correlation id {CorrelationId}")]
    public static partial void TurnTimedOut(ILogger logger, TimeSpan timeout, string correlationId);

    [LoggerMessage(1009, LogLevel.Information, "Turn refused by the turn limiter; nothing was processed")]
    public static partial void TurnRefused(ILogger logger);

    [LoggerMessage(1010, LogLevel.Warning, "Could not tell the sender that turn {CorrelationId} was refused")]
    public static partial void RefusalFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(1011, LogLevel.Error, "Could not check whether the activity was already handled; turn {CorrelationId} not run")]
    public static partial void DeduplicationFailed(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(1012, LogLevel.Warning, "Inbound activity refused with 403: {Reason}")]
    public static partial void TenantRefused(ILogger logger, string reason);
}
