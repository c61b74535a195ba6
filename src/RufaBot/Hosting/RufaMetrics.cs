using System.Diagnostics.Metrics;

namespace RufaBot.Hosting;

/// <summary>
/// The host's metrics (the protocol layer's are in <c>BotTelemetry</c>). Tags are enums only: never concern content,
/// references or anyone's id.
/// </summary>
internal static class RufaMetrics
{
    /// <summary>Meter name; TelemetryExtensions exports every meter named <c>RufaBot*</c>.</summary>
    public const string Name = "RufaBot";

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ConcernsSubmitted = Meter.CreateCounter<long>(
        "rufabot.concerns.submitted", description: "Concerns stored, by severity and entry tier.");
}
