using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;
using RufaBot.Hosting;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Hosting;

/// <summary>Storing a concern counts it by severity and tier, and the measurement carries nothing else.</summary>
public sealed class RufaMetricsTests
{
    [Fact]
    public async Task StoredConcern_IsCounted_BySeverityAndTierOnly()
    {
        var measurements = new ConcurrentBag<(long Value, KeyValuePair<string, object?>[] Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RufaMetrics.Name && instrument.Name == "rufabot.concerns.submitted")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => measurements.Add((value, tags.ToArray())));
        listener.Start();
        await using var app = new RufaBotApp();
        var concerns = app.Services.GetRequiredService<ConcernService>();

        await concerns.SubmitAsync(ConcernIntake.From(IntakeAnswers.Full("anonymous")), new("aad-metrics", null, null), "draft-metrics", CancellationToken.None);

        Assert.NotEmpty(measurements);
        Assert.All(measurements, m =>
        {
            Assert.Equal(1, m.Value);
            Assert.Equal(["severity", "tier"], m.Tags.Select(t => t.Key).Order());
            Assert.True(Enum.TryParse<Severity>((string)m.Tags.Single(t => t.Key == "severity").Value!, out _));
            Assert.True(Enum.TryParse<EscalationTier>((string)m.Tags.Single(t => t.Key == "tier").Value!, out _));
        });
    }
}
