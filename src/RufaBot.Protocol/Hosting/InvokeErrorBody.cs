namespace BotProtocol;

/// <summary>The body of an invoke answer that reports an error: <c>{statusCode, type, value:{code, message}}</c>.</summary>
/// <param name="StatusCode">The status the client reads (not the HTTP status).</param>
/// <param name="Type">Usually <c>application/vnd.microsoft.error</c>.</param>
/// <param name="Value">Code and message.</param>
public sealed record InvokeErrorBody(int StatusCode, string Type, InvokeError Value);

/// <summary>An error code and a message safe to show.</summary>
/// <param name="Code">E.g. <c>BadRequest</c>, <c>NotSupported</c>, <c>InternalError</c>.</param>
/// <param name="Message">Safe, short text.</param>
public sealed record InvokeError(string Code, string Message);
