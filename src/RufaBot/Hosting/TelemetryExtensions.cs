using Azure.Monitor.OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace RufaBot.Hosting;

/// <summary>
/// Traces and metrics of the turn pipeline and the host (every meter named <c>RufaBot*</c>), exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Application Insights when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
/// is set (with its logs too). Neither set: nothing is collected. Only RufaBot's own sources are exported, not HTTP
/// client spans, whose URLs hold conversation ids.
/// </summary>
internal static class TelemetryExtensions
{
    private const string AllRufaMeters = "RufaBot*";

    public static WebApplicationBuilder AddRufaTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var azureMonitor = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        var toAzure = !string.IsNullOrWhiteSpace(azureMonitor);
        if (!otlp && !toAzure)
            return builder;

        void Connect(AzureMonitorExporterOptions options) => options.ConnectionString = azureMonitor;
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("RufaBot"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(ProtocolExtensions.TelemetryName);
                if (otlp) tracing.AddOtlpExporter();
                if (toAzure) tracing.AddAzureMonitorTraceExporter(Connect);
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ProtocolExtensions.TelemetryName, RufaMetrics.Name, AllRufaMeters);
                if (otlp) metrics.AddOtlpExporter();
                if (toAzure) metrics.AddAzureMonitorMetricExporter(Connect);
            });
        if (toAzure)
            builder.Logging.AddOpenTelemetry(logging => logging.AddAzureMonitorLogExporter(Connect));
        return builder;
    }
}
