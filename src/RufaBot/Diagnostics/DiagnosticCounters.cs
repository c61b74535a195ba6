using System.Diagnostics.Metrics;
using RufaBot.Hosting;

namespace RufaBot.Diagnostics;

/// <summary>
/// Process-wide totals of database commands and conversation-state operations, published on the RufaBot meter and
/// readable at once by the opt-in counters endpoint. Counts and sizes only: never keys, values or SQL.
/// </summary>
internal static class DiagnosticCounters
{
    private static long _storageCommands, _stateReads, _stateWrites, _stateRemoves, _stateBytesRead, _stateBytesWritten, _largestStateWrite;

    public static readonly ObservableCounter<long> StorageCommands = RufaMetrics.Meter.CreateObservableCounter<long>(
        "rufabot.storage.commands", () => Volatile.Read(ref _storageCommands), description: "Database commands executed.");

    public static readonly ObservableCounter<long> StateOperations = RufaMetrics.Meter.CreateObservableCounter<long>(
        "rufabot.state.operations", () =>
        [
            new(Volatile.Read(ref _stateReads), new KeyValuePair<string, object?>("operation", "read")),
            new(Volatile.Read(ref _stateWrites), new KeyValuePair<string, object?>("operation", "write")),
            new(Volatile.Read(ref _stateRemoves), new KeyValuePair<string, object?>("operation", "remove")),
        ], description: "Conversation-state reads, writes and removals.");

    public static readonly ObservableCounter<long> StateBytes = RufaMetrics.Meter.CreateObservableCounter<long>(
        "rufabot.state.bytes", () =>
        [
            new(Volatile.Read(ref _stateBytesRead), new KeyValuePair<string, object?>("direction", "read")),
            new(Volatile.Read(ref _stateBytesWritten), new KeyValuePair<string, object?>("direction", "write")),
        ], unit: "By", description: "Bytes of conversation state read and written.");

    public static void StorageCommand() => Interlocked.Increment(ref _storageCommands);

    public static void StateRead(int bytes)
    {
        Interlocked.Increment(ref _stateReads);
        Interlocked.Add(ref _stateBytesRead, bytes);
    }

    public static void StateWritten(int bytes)
    {
        Interlocked.Increment(ref _stateWrites);
        Interlocked.Add(ref _stateBytesWritten, bytes);
        var largest = Volatile.Read(ref _largestStateWrite);
        while (bytes > largest && Interlocked.CompareExchange(ref _largestStateWrite, bytes, largest) != largest)
            largest = Volatile.Read(ref _largestStateWrite);
    }

    public static void StateRemoved() => Interlocked.Increment(ref _stateRemoves);

    public static CountersSnapshot Snapshot()
    {
        return new CountersSnapshot(Volatile.Read(ref _storageCommands), Volatile.Read(ref _stateReads), Volatile.Read(ref _stateWrites),
            Volatile.Read(ref _stateRemoves), Volatile.Read(ref _stateBytesRead), Volatile.Read(ref _stateBytesWritten),
            Volatile.Read(ref _largestStateWrite));
    }
}
