using System.Diagnostics.Metrics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RufaBot.Diagnostics;
using RufaBot.Hosting;

namespace RufaBot.Tests.Diagnostics;

/// <summary>The counters are instruments of the RufaBot meter, and the counting cache counts what passes through it.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class DiagnosticMetricsTests
{
    [Fact]
    public async Task CountingCache_CountsReadsWritesRemovalsAndBytes_AndTheMeterReportsThem()
    {
        var cache = new CountingDistributedCache(new MemoryDistributedCache(Options.Create(new MemoryDistributedCacheOptions())));
        var before = DiagnosticCounters.Snapshot();

        await cache.SetAsync("k", new byte[300], new DistributedCacheEntryOptions());
        var read = await cache.GetAsync("k");
        await cache.RemoveAsync("k");
        var after = DiagnosticCounters.Snapshot();

        Assert.Equal(300, read!.Length);
        Assert.Equal((1, 1, 1), (after.StateWrites - before.StateWrites, after.StateReads - before.StateReads, after.StateRemoves - before.StateRemoves));
        Assert.Equal((300, 300), (after.StateBytesWritten - before.StateBytesWritten, after.StateBytesRead - before.StateBytesRead));
        Assert.True(after.LargestStateWrite >= 300);

        var seen = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RufaMetrics.Name && instrument.Name.StartsWith("rufabot.st", StringComparison.Ordinal))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            seen[instrument.Name + string.Concat(tags.ToArray().Select(t => "|" + t.Value))] = value);
        listener.Start();
        listener.RecordObservableInstruments();

        Assert.Equal(after.StateWrites, seen["rufabot.state.operations|write"]);
        Assert.Equal(after.StateBytesRead, seen["rufabot.state.bytes|read"]);
        Assert.True(seen["rufabot.storage.commands"] >= after.StorageCommands);
    }
}
