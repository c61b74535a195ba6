using Microsoft.Extensions.Logging;

namespace BotProtocol;

/// <summary>Inbound authentication events (ids 2000–2099). Tokens and activity text never appear here.</summary>
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Debug, "Bot token accepted on the {Path} path")]
    public static partial void BotTokenAccepted(ILogger logger, string? path);

    // Debug: the endpoint already logs every 401 with the same path and reason at Warning.
    [LoggerMessage(2001, LogLevel.Debug, "Bot token rejected on the {Path} path: {Reason}")]
    public static partial void BotTokenRejected(ILogger logger, string? path, string? reason);

    [LoggerMessage(2002, LogLevel.Debug,
        "Accepted a request without a token from a loopback caller: no MicrosoftAppId is configured (local development)")]
    public static partial void AnonymousLocalRequest(ILogger logger);

    [LoggerMessage(2003, LogLevel.Information, "Signing key {KeyId} is not in the cached metadata of {MetadataUrl}; refreshing it")]
    public static partial void SigningKeyUnknown(ILogger logger, string keyId, string metadataUrl);

    [LoggerMessage(2004, LogLevel.Debug, "Fetched OpenID metadata from {MetadataUrl}: {KeyCount} signing keys")]
    public static partial void MetadataFetched(ILogger logger, string metadataUrl, int keyCount);

    [LoggerMessage(2005, LogLevel.Warning, "Could not fetch OpenID metadata from {MetadataUrl}; the last good configuration, if any, stays in use")]
    public static partial void MetadataFetchFailed(ILogger logger, Exception exception, string metadataUrl);

    [LoggerMessage(2006, LogLevel.Debug, "Not refreshing {MetadataUrl} for an unknown signing key: a refresh was forced less than {Interval} ago")]
    public static partial void ForcedRefreshSkipped(ILogger logger, string metadataUrl, TimeSpan interval);
}
