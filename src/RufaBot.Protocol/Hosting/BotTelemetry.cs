using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RufaBot.Protocol;

/// <summary>The protocol layer's traces and metrics. Register <see cref="Name"/> with OpenTelemetry to export them.</summary>
public static class BotTelemetry
{
    /// <summary>ActivitySource and Meter name.</summary>
    public const string Name = "RufaBot.Protocol";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);
    internal static readonly Counter<long> Turns = Meter.CreateCounter<long>("rufabot.turns", description: "Activities processed, by type.");
    internal static readonly Counter<long> TurnErrors = Meter.CreateCounter<long>("rufabot.turn.errors", description: "Turns that ended in an unhandled error.");
    internal static readonly Counter<long> Rejected = Meter.CreateCounter<long>("rufabot.requests.rejected", description: "Requests refused, by status.");
    internal static readonly Counter<long> Duplicates = Meter.CreateCounter<long>("rufabot.turns.duplicate", description: "Re-sent activities dropped.");
    internal static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("rufabot.turn.duration", unit: "ms", description: "Time to process one activity.");
}
