using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RufaBot.Escalation.Outbox;
using BotProtocol;

namespace RufaBot.Tests.Escalation.Outbox;

public abstract partial class OutboxContract
{
    [Fact]
    public async Task ConnectorDown_ReadinessDegrades_AndTheMetricsCountFailuresThenDeliveries()
    {
        var purpose = $"metrics-{Guid.NewGuid():N}";
        long delivered = 0, failed = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == EscalationTelemetry.Name)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "purpose" && (string?)tag.Value == purpose)
                    Interlocked.Add(ref instrument.Name == "rufabot.outbox.delivered" ? ref delivered : ref failed, value);
            }
        });
        listener.Start();
        Connector.Down = true;
        var app = StartApp();
        var health = app.Services.GetRequiredService<HealthCheckService>();

        await EnqueueAsync(app, OutboxWrites.SendToConversation(Connector.ServiceUrl.ToString(), "a:chat", Tenant, Replies.Text("x"), purpose, null, DateTimeOffset.UtcNow));
        await WaitUntilAsync(app, rows => rows.Any(r => r.Attempts > 0));
        var down = await health.CheckHealthAsync(c => c.Tags.Contains("ready"));
        Connector.Down = false;
        await WaitDeliveredAsync(app, 1);
        var up = await health.CheckHealthAsync(c => c.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Degraded, down.Entries["outbox"].Status);
        Assert.Equal(HealthStatus.Healthy, up.Entries["outbox"].Status);
        Assert.Equal(1, Interlocked.Read(ref delivered));
        Assert.True(Interlocked.Read(ref failed) >= 1);
    }
}
