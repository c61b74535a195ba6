using System.Text.Json;

namespace BotProtocol;

/// <summary>
/// The synchronous answer to an <c>invoke</c> activity: <see cref="Status"/> becomes the HTTP status and
/// <see cref="Body"/> the HTTP body, with no wrapper.
/// </summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Body">JSON body, or null for none.</param>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
