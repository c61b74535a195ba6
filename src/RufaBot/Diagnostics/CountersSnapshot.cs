namespace RufaBot.Diagnostics;

/// <summary>What <c>GET /diagnostics/counters</c> returns: totals since the process started, nothing per conversation.</summary>
internal sealed record CountersSnapshot(
    long StorageCommands,
    long StateReads,
    long StateWrites,
    long StateRemoves,
    long StateBytesRead,
    long StateBytesWritten,
    long LargestStateWrite);
