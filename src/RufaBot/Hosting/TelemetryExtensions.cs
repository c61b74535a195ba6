using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using RufaBot.Protocol;

namespace RufaBot.Hosting;

/// <summary>Traces and metrics of the turn pipeline, exported over OTLP only when an endpoint is configured.</summary>
internal static class TelemetryExtensions
{
    public static WebApplicationBuilder AddRufaTelemetry(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            return builder;
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(BotTelemetry.Name).AddOtlpExporter())
            .WithMetrics(metrics => metrics.AddMeter(BotTelemetry.Name).AddMeter(Escalation.Outbox.EscalationTelemetry.Name).AddOtlpExporter());
        return builder;
    }
}
