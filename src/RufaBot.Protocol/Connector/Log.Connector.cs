using Microsoft.Extensions.Logging;

namespace BotProtocol;

/// <summary>Outbound Connector events (ids 3000–3099). Tokens, secrets and activity text never appear here.</summary>
internal static partial class Log
{
    [LoggerMessage(3000, LogLevel.Warning,
        "Connector {Operation} failed with {Status} {ErrorCode} (X-Correlating-OperationId {OperationId}, MS-CV {MsCv})")]
    public static partial void ConnectorCallFailed(ILogger logger, string operation, int status, string? errorCode, string? operationId, string? msCv);

    [LoggerMessage(3001, LogLevel.Warning, "Connector {Operation} got no response")]
    public static partial void ConnectorUnreachable(ILogger logger, Exception exception, string operation);

    [LoggerMessage(3002, LogLevel.Information,
        "Connector {Method} answered {Status}; retry {Attempt} in {Delay} (X-Correlating-OperationId {OperationId}, MS-CV {MsCv})")]
    public static partial void ConnectorRetrying(ILogger logger, string? method, int? status, int attempt, TimeSpan delay, string? operationId, string? msCv);

    [LoggerMessage(3003, LogLevel.Information,
        "Connector rejected the bot token (401, X-Correlating-OperationId {OperationId}, MS-CV {MsCv}); refreshing it and retrying once")]
    public static partial void ConnectorTokenRejected(ILogger logger, string? operationId, string? msCv);

    [LoggerMessage(3004, LogLevel.Warning, "Refused to send the bot token to untrusted host {Host}")]
    public static partial void UntrustedServiceHost(ILogger logger, string host);

    [LoggerMessage(3005, LogLevel.Error, "Could not acquire the outbound bot token ({AppType}, MSAL error {ErrorCode})")]
    public static partial void TokenAcquisitionFailed(ILogger logger, Exception exception, BotAppType appType, string errorCode);

    [LoggerMessage(3006, LogLevel.Warning, "Connector {Operation} succeeded with {Status} but its body could not be read")]
    public static partial void ConnectorBodyUnreadable(ILogger logger, string operation, int status);
}
