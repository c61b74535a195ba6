using System.Net.Http.Json;

namespace RufaBot.LoadDriver;

/// <summary>The bot's aggregate counters (GET /diagnostics/counters, turned on for the run), summed over the bots.</summary>
internal sealed record BotCounters(long StorageCommands, long StateReads, long StateWrites, long StateRemoves,
    long StateBytesRead, long StateBytesWritten, long LargestStateWrite)
{
    public static BotCounters None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static async Task<BotCounters> ReadAsync(HttpClient http, IEnumerable<BotProcess> bots)
    {
        var all = await Task.WhenAll(bots.Select(b => http.GetFromJsonAsync<BotCounters>(new Uri(b.Address, "diagnostics/counters"))));
        return all.Aggregate(new BotCounters(0, 0, 0, 0, 0, 0, 0), (sum, c) => new BotCounters(
            sum.StorageCommands + c!.StorageCommands, sum.StateReads + c.StateReads, sum.StateWrites + c.StateWrites,
            sum.StateRemoves + c.StateRemoves, sum.StateBytesRead + c.StateBytesRead, sum.StateBytesWritten + c.StateBytesWritten,
            Math.Max(sum.LargestStateWrite, c.LargestStateWrite)));
    }

    public BotCounters Minus(BotCounters before) => new(StorageCommands - before.StorageCommands, StateReads - before.StateReads,
        StateWrites - before.StateWrites, StateRemoves - before.StateRemoves, StateBytesRead - before.StateBytesRead,
        StateBytesWritten - before.StateBytesWritten, LargestStateWrite);
}
