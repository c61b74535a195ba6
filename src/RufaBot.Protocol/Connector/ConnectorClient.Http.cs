using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace BotProtocol;

/// <summary>Sending, failure mapping and response parsing shared by the Connector operations.</summary>
internal sealed partial class ConnectorClient
{
    private async Task<ResourceResponse?> SendAsync(HttpMethod method, Uri url, HttpContent content, string operation, CancellationToken ct)
    {
        using var response = await SendCheckedAsync(method, url, content, operation, ct);
        return await ReadAsync(response, ProtocolJson.Default.ResourceResponse, operation, ct);
    }

    private async Task<HttpResponseMessage> SendCheckedAsync(HttpMethod method, Uri url, HttpContent? content, string operation, CancellationToken ct)
    {
        // The request is re-sent as is by the retry and 401 handlers, so its content must be re-readable (bytes).
        using var request = new HttpRequestMessage(method, url) { Content = content };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (HttpRequestException ex)
        {
            Log.ConnectorUnreachable(logger, ex, operation);
            throw new ConnectorException(null, null, $"{operation} failed: the Connector could not be reached.", ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            Log.ConnectorUnreachable(logger, ex, operation);
            throw new ConnectorException(null, null, $"{operation} failed: the Connector did not answer in time.", ex);
        }

        if (response.IsSuccessStatusCode)
            return response;
        using (response)
            throw await FailureAsync(response, operation, ct);
    }

    private async Task<ConnectorException> FailureAsync(HttpResponseMessage response, string operation, CancellationToken ct)
    {
        var code = await ErrorCodeAsync(response, ct);
        var status = (int)response.StatusCode;
        Log.ConnectorCallFailed(logger, operation, status, code, CorrelationHeaders.OperationId(response), CorrelationHeaders.MsCv(response));
        // Only the code: the Connector's message may echo what we sent.
        var message = code is null
            ? $"{operation} failed with {status} {response.StatusCode}."
            : $"{operation} failed with {status} {response.StatusCode} ({code}).";
        return new ConnectorException(response.StatusCode, code, message);
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            var code = bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, ProtocolJson.Default.ConnectorErrorResponse)?.Error?.Code;
            // Codes are identifiers such as MessageSizeTooBig; anything else is not worth repeating.
            return code is { Length: > 0 and <= 100 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<T?> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string operation, CancellationToken ct)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        if (bytes.Length == 0 || response.StatusCode == HttpStatusCode.NoContent)
            return null;
        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (JsonException)
        {
            // The call succeeded; failing it now would invite a retry and a duplicate message.
            Log.ConnectorBodyUnreadable(logger, operation, (int)response.StatusCode);
            return null;
        }
    }

    private static ByteArrayContent Json(Activity activity) =>
        Content(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.WireActivity));

    private static ByteArrayContent Content(byte[] body) => new(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json", "utf-8") } };
}
