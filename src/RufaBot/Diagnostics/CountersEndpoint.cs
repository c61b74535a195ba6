using System.Net;

namespace RufaBot.Diagnostics;

/// <summary>
/// <c>GET /diagnostics/counters</c>: the process's aggregate counters as JSON, for a load driver on the same machine.
/// Loopback callers only (403 otherwise), so it never becomes a public fingerprint of the traffic.
/// </summary>
internal static class CountersEndpoint
{
    public static IResult Handle(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } caller && IPAddress.IsLoopback(caller)
            ? Results.Json(DiagnosticCounters.Snapshot(), DiagnosticsJson.Default.CountersSnapshot)
            : Results.StatusCode(StatusCodes.Status403Forbidden);
}
