using System.Net;

namespace BotProtocol;

/// <summary>A Connector call that failed for good (after any retries).</summary>
/// <param name="statusCode">HTTP status, or null when no response arrived.</param>
/// <param name="errorCode">The Connector's <c>error.code</c>, e.g. <c>BotNotInConversationRoster</c>.</param>
/// <param name="message">What failed; never contains message content or tokens.</param>
/// <param name="inner">The underlying exception, if any.</param>
public sealed class ConnectorException(HttpStatusCode? statusCode, string? errorCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;
    /// <summary>The Connector's error code, when it sent one.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>True when the conversation will not accept proactive messages any more (blocked, bot removed).</summary>
    public bool StopsProactiveSends =>
        ErrorCode is "BotNotInConversationRoster" or "ConversationBlockedByUser" or "MessageWritesBlocked";
}
