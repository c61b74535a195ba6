using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using BotProtocol;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Hosting;

/// <summary>
/// The protocol library's names are neutral; the host gives it RufaBot's, so the keys in a deployed Redis and the
/// metrics behind dashboards and alerts (docs/operations.md) stay what they were.
/// </summary>
public sealed class ProtocolNamesTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task Host_KeepsTurnLocksAndSeenActivitiesUnderRufaKeys()
    {
        await using var app = new RufaBotApp(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        var db = redis.Multiplexer.GetDatabase();
        var conversation = "conv-" + Guid.NewGuid().ToString("N");

        await using (await app.Services.GetRequiredService<IConversationLock>().AcquireAsync(conversation, CancellationToken.None))
            Assert.True(await db.KeyExistsAsync("rufa:lock:" + conversation));
        Assert.True(await app.Services.GetRequiredService<IActivityDeduplicator>().TryBeginAsync(conversation, "act-1", CancellationToken.None));

        Assert.True(await db.KeyExistsAsync($"rufa:seen:{conversation}:act-1"));
        Assert.False(await db.KeyExistsAsync("rufa:lock:" + conversation));
    }

    [Fact]
    public async Task Host_PublishesTheProtocolMetricsUnderTheDocumentedNames()
    {
        var published = new ConcurrentBag<Instrument>();
        using var listener = new MeterListener { InstrumentPublished = (instrument, _) => published.Add(instrument) };
        listener.Start();
        await using var app = new RufaBotApp();

        var telemetry = app.Services.GetRequiredService<BotTelemetry>();
        var names = published.Where(i => i.Meter == telemetry.Meter).Select(i => i.Name).Order(StringComparer.Ordinal);

        Assert.Equal("RufaBot.Protocol", telemetry.Meter.Name);
        Assert.Equal("RufaBot.Protocol", telemetry.Source.Name);
        Assert.Equal(["rufabot.requests.rejected", "rufabot.turn.duration", "rufabot.turn.errors", "rufabot.turns", "rufabot.turns.duplicate"], names);
        var operations = File.ReadAllText(RepoPaths.Combine("docs", "operations.md"));
        Assert.All(names, name => Assert.Contains($"| `{name}` |", operations, StringComparison.Ordinal));
    }
}
