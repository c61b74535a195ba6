namespace RufaBot.Diagnostics;

/// <summary>Section <c>Diagnostics</c>.</summary>
internal sealed class DiagnosticsOptions
{
    public const string Section = "Diagnostics";

    /// <summary>
    /// Serve <c>GET /diagnostics/counters</c> (aggregate counts only) to loopback callers, for load tests. Off by
    /// default: when off the route does not exist.
    /// </summary>
    public bool CountersEndpoint { get; set; }
}
