using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>
/// Names of the protocol layer's traces and metrics. The defaults are neutral; an application that has already
/// published dashboards under other names sets its own here.
/// </summary>
public sealed class BotTelemetryOptions
{
    /// <summary>ActivitySource and Meter name; register it with OpenTelemetry to export them.</summary>
    public string Name { get; set; } = "BotProtocol";
    /// <summary>Put before each instrument name, e.g. <c>bot.</c> gives <c>bot.turns</c>.</summary>
    public string MetricPrefix { get; set; } = "bot.";
}

/// <summary>The protocol layer's traces and metrics, named by <see cref="BotTelemetryOptions"/>.</summary>
public sealed class BotTelemetry : IDisposable
{
    /// <summary>Creates the source and the instruments under the configured names.</summary>
    public BotTelemetry(IOptions<BotTelemetryOptions> options)
    {
        var names = options.Value;
        Source = new ActivitySource(names.Name);
        Meter = new Meter(names.Name);
        var prefix = names.MetricPrefix;
        Turns = Meter.CreateCounter<long>(prefix + "turns", description: "Activities processed, by type.");
        TurnErrors = Meter.CreateCounter<long>(prefix + "turn.errors", description: "Turns that ended in an unhandled error.");
        Rejected = Meter.CreateCounter<long>(prefix + "requests.rejected", description: "Requests refused, by status.");
        Duplicates = Meter.CreateCounter<long>(prefix + "turns.duplicate", description: "Re-sent activities dropped.");
        TurnDuration = Meter.CreateHistogram<double>(prefix + "turn.duration", unit: "ms", description: "Time to process one activity.");
    }

    /// <summary>One span per turn.</summary>
    public ActivitySource Source { get; }
    /// <summary>The meter every instrument below belongs to.</summary>
    public Meter Meter { get; }
    internal Counter<long> Turns { get; }
    internal Counter<long> TurnErrors { get; }
    internal Counter<long> Rejected { get; }
    internal Counter<long> Duplicates { get; }
    internal Histogram<double> TurnDuration { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Meter.Dispose();
        Source.Dispose();
    }
}
