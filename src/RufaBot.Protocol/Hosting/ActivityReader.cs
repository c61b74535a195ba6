using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace BotProtocol;

/// <summary>Why an inbound body was refused, with the HTTP status to answer.</summary>
/// <param name="Status">400 or 413.</param>
/// <param name="Title">Short, fixed text; never echoes the body.</param>
internal sealed record ActivityReadError(int Status, string Title);

/// <summary>
/// Reads and checks an inbound activity before anything else looks at it: a size cap enforced while reading
/// (Content-Length may be absent or lie), well-formed JSON, and the fields every later step relies on.
/// </summary>
internal static class ActivityReader
{
    internal const int MaxAddressLength = 1024;

    public static async Task<(Activity? Activity, ActivityReadError? Error)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return (null, TooLarge(maxBytes));

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, (int?)request.ContentLength + 1 ?? 16 * 1024));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                        return (null, TooLarge(maxBytes));
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                    break;
                length += read;
                if (length > maxBytes)
                    return (null, TooLarge(maxBytes));
            }
            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static (Activity? Activity, ActivityReadError? Error) Parse(ReadOnlySpan<byte> body)
    {
        // JSON is UTF-8 (RFC 8259). The reader checks the strings it converts, but not those kept as raw JSON (value,
        // channelData, unknown fields), which would fail later, deep inside a turn, when something reads them.
        if (!System.Text.Unicode.Utf8.IsValid(body))
            return (null, new ActivityReadError(400, "The request body is not valid UTF-8."));
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ProtocolJson.Default.Activity);
        }
        catch (JsonException)
        {
            return (null, new ActivityReadError(400, "The request body is not a valid activity (malformed JSON or wrong field types)."));
        }
        if (activity is null)
            return (null, new ActivityReadError(400, "The request body must be a JSON object."));
        // Only a body with a \u escape can hold a lone surrogate: most never pay for the second read.
        if (body.IndexOf("\\u"u8) >= 0 && HasLoneSurrogate(body))
            return (null, new ActivityReadError(400, "The request body has a \\u escape that is half of a UTF-16 pair."));
        if (string.IsNullOrWhiteSpace(activity.Type))
            return (null, new ActivityReadError(400, "The activity has no 'type'."));
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            return (null, new ActivityReadError(400, "The activity has no 'conversation.id'."));
        if (!IsHttpUrl(activity.ServiceUrl))
            return (null, new ActivityReadError(400, "The activity has no absolute http(s) 'serviceUrl' without credentials, query or fragment."));
        // Absent is fine (not every channel knows the directory id); present but blank is no one, and would be keyed as someone.
        if (activity.From is { } from && (IsBlank(from.Id) || IsBlank(from.AadObjectId)))
            return (null, new ActivityReadError(400, "The activity's 'from.id' or 'from.aadObjectId' is present but blank."));
        // A list may be absent or empty, but an element that is null is no attachment, entity, member or reaction.
        if (HoldsNull(activity.Attachments) || HoldsNull(activity.Entities) || HoldsNull(activity.MembersAdded) || HoldsNull(activity.MembersRemoved)
            || HoldsNull(activity.ReactionsAdded) || HoldsNull(activity.ReactionsRemoved))
            return (null, new ActivityReadError(400, "The activity's 'attachments', 'entities', 'membersAdded', 'membersRemoved', 'reactionsAdded' or 'reactionsRemoved' holds a null."));
        // These go into the path of every reply; Teams' are a few hundred characters at most.
        if (new[] { activity.Id, activity.Conversation.Id, activity.ReplyToId, activity.ServiceUrl }.Any(v => v?.Length > MaxAddressLength))
            return (null, new ActivityReadError(400, $"The activity's 'id', 'conversation.id', 'replyToId' or 'serviceUrl' is longer than {MaxAddressLength} characters."));
        return (activity, null);
    }

    // Strings kept as raw JSON (value, channelData) are unescaped only when read, and a lone "\ud800" then throws
    // there; so every escaped string is read once here. Unescaped strings are valid UTF-8, checked above.
    private static bool HasLoneSurrogate(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        try
        {
            while (reader.Read())
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                    reader.GetString();
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static bool HoldsNull<T>(List<T>? items) where T : class => items is not null && items.Contains(null!);

    private static bool IsBlank(string? value) => value is not null && string.IsNullOrWhiteSpace(value);

    // The same rule the Connector client applies when it replies (ConnectorUrl): refused here, with a clear 400,
    // rather than in the middle of the turn.
    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.UserInfo.Length == 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    private static ActivityReadError TooLarge(int maxBytes) => new(413, $"The request body is larger than {maxBytes / 1024} KB.");
}
