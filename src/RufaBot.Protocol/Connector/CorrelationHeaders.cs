namespace BotProtocol;

/// <summary>The ids Microsoft support asks for when a Connector call misbehaves.</summary>
internal static class CorrelationHeaders
{
    public static string? OperationId(HttpResponseMessage response) => First(response, "X-Correlating-OperationId");

    public static string? MsCv(HttpResponseMessage response) => First(response, "MS-CV");

    private static string? First(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
