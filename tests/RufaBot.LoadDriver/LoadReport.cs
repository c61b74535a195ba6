using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RufaBot.LoadDriver;

/// <summary>The outcome of a run: a table for people and one JSON line (prefixed <c>RESULT </c>) for scripts.</summary>
internal sealed class LoadReport
{
    public required LoadOptions Options { get; init; }
    public required double Seconds { get; init; }
    public required IReadOnlyList<double> Messages { get; init; }
    public required IReadOnlyList<double> Invokes { get; init; }
    /// <summary>Sorted delays from a turn to the Connector receiving what it caused on RufaBot's own time (<see cref="DeliveryClock"/>).</summary>
    public required IReadOnlyList<double> Deliveries { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<double>> Steps { get; init; }
    public required int Errors { get; init; }
    public required IReadOnlyList<string> ErrorSamples { get; init; }
    public required IReadOnlyList<double> PeakRssMib { get; init; }
    public required double CpuPercent { get; init; }
    public required BotCounters Counters { get; init; }
    public required long? RedisCommands { get; init; }
    public required long IntakesCompleted { get; init; }
    /// <summary>Null for the comparison's references, which store no concerns.</summary>
    public required long? ConcernsStored { get; init; }
    public required long Acknowledged { get; init; }
    public required long Escalated { get; init; }
    public required long ProactiveMessages { get; init; }
    public required long CardUpdates { get; init; }

    private int Turns => Messages.Count + Invokes.Count;
    private double PerTurn(double value) => Turns == 0 ? 0 : value / Turns;
    public bool OneConcernPerIntake => ConcernsStored is null || IntakesCompleted == ConcernsStored;
    public bool Passed => Errors == 0 && OneConcernPerIntake && IntakesCompleted > 0;

    public void Print(TextWriter output)
    {
        var o = Options;
        output.WriteLine();
        output.WriteLine($"{o.Target} load: {o.Users} staff, {o.State} state, {o.Bots} bot(s), think {o.ThinkMs} ms{(o.Pin ? ", bot pinned to CPU 0" : "")}, window {Seconds:F1} s");
        output.WriteLine($"  {"turns",-8} {"count",7} {"per s",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8}");
        Row(output, "message", Messages);
        Row(output, "invoke", Invokes);
        Row(output, "delivery", Deliveries);
        output.WriteLine($"  {"all",-8} {Turns,7} {Turns / Seconds,8:F1}");
        foreach (var (step, sorted) in SlowestSteps)
            output.WriteLine($"  slow step   p50 {P(sorted, 50),7:F1} ms, p95 {P(sorted, 95),7:F1} ms, n {sorted.Count,5}: {step}");
        output.WriteLine($"  errors                 {Errors}");
        foreach (var sample in ErrorSamples)
            output.WriteLine($"    {sample}");
        output.WriteLine($"  bot peak RSS (VmHWM)   {string.Join(", ", PeakRssMib.Select(m => m.ToString("F0", CultureInfo.InvariantCulture) + " MiB"))}");
        output.WriteLine($"  bot CPU in window      {CpuPercent:F0} % of one core");
        output.WriteLine($"  DB commands / turn     {PerTurn(Counters.StorageCommands):F2}");
        output.WriteLine($"  Redis commands / turn  {(RedisCommands is { } r ? PerTurn(r).ToString("F2", CultureInfo.InvariantCulture) : "n/a (memory state)")}");
        output.WriteLine($"  state ops / turn       {PerTurn(Counters.StateReads):F2} reads, {PerTurn(Counters.StateWrites):F2} writes, {PerTurn(Counters.StateRemoves):F2} removals");
        output.WriteLine($"  state per conversation {AverageStateBytes:F0} B average write, {Counters.LargestStateWrite} B largest");
        output.WriteLine($"  intakes completed      {IntakesCompleted} (whole run)");
        output.WriteLine(ConcernsStored is null
            ? "  concerns stored        n/a (a reference bot)"
            : $"  concerns stored        {ConcernsStored} ({(OneConcernPerIntake ? "one per intake" : "MISMATCH with intakes")})");
        output.WriteLine($"  focal points           {Acknowledged} acknowledged, {Escalated} escalated; {ProactiveMessages} proactive messages, {CardUpdates} card updates");
        output.WriteLine($"  result                 {(Passed ? "PASS" : "FAIL")}");
        output.WriteLine("RESULT " + Figures().ToJsonString());
    }

    // The three steps with the highest p95: where a slow turn comes from.
    private IEnumerable<(string Step, IReadOnlyList<double> Sorted)> SlowestSteps =>
        Steps.OrderByDescending(s => P(s.Value, 95)).Take(3).Select(s => (s.Key, s.Value));

    private double AverageStateBytes => Counters.StateWrites == 0 ? 0 : (double)Counters.StateBytesWritten / Counters.StateWrites;

    private static void Row(TextWriter output, string name, IReadOnlyList<double> sorted) =>
        output.WriteLine($"  {name,-8} {sorted.Count,7} {"",8} {P(sorted, 50),8:F1} {P(sorted, 95),8:F1} {P(sorted, 99),8:F1} {(sorted.Count == 0 ? 0 : sorted[^1]),8:F1}");

    // Nearest rank on the sorted latencies.
    private static double P(IReadOnlyList<double> sorted, double percentile) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Every figure the table shows, as JSON: the RESULT line and the <c>figures</c> of a run's record.</summary>
    public JsonObject Figures() => JsonSerializer.SerializeToNode(new Dictionary<string, object?>
    {
        ["target"] = Options.Target.ToString().ToLowerInvariant(),
        ["users"] = Options.Users,
        ["state"] = Options.State.ToString().ToLowerInvariant(),
        ["bots"] = Options.Bots,
        ["thinkMs"] = Options.ThinkMs,
        ["pinned"] = Options.Pin,
        ["windowSeconds"] = Math.Round(Seconds, 2),
        ["turnsPerSecond"] = Math.Round(Turns / Seconds, 2),
        ["message"] = Latencies(Messages),
        ["invoke"] = Latencies(Invokes),
        ["delivery"] = Latencies(Deliveries),
        ["steps"] = Steps.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(s => s.Key, s => Latencies(s.Value)),
        ["errors"] = Errors,
        ["errorSamples"] = ErrorSamples,
        ["peakRssMib"] = PeakRssMib.Select(m => Math.Round(m, 1)).ToList(),
        ["cpuPercent"] = Math.Round(CpuPercent, 1),
        ["dbCommandsPerTurn"] = Math.Round(PerTurn(Counters.StorageCommands), 3),
        ["redisCommandsPerTurn"] = RedisCommands is { } r ? Math.Round(PerTurn(r), 3) : null,
        ["stateReadsPerTurn"] = Math.Round(PerTurn(Counters.StateReads), 3),
        ["stateWritesPerTurn"] = Math.Round(PerTurn(Counters.StateWrites), 3),
        ["stateBytesAverage"] = Math.Round(AverageStateBytes),
        ["stateBytesLargest"] = Counters.LargestStateWrite,
        ["intakesCompleted"] = IntakesCompleted,
        ["concernsStored"] = ConcernsStored,
        ["oneConcernPerIntake"] = OneConcernPerIntake,
        ["acknowledged"] = Acknowledged,
        ["escalated"] = Escalated,
        ["proactiveMessages"] = ProactiveMessages,
        ["cardUpdates"] = CardUpdates,
        ["passed"] = Passed,
    })!.AsObject();

    private static Dictionary<string, double> Latencies(IReadOnlyList<double> sorted) => new()
    {
        ["count"] = sorted.Count,
        ["p50"] = Math.Round(P(sorted, 50), 2),
        ["p95"] = Math.Round(P(sorted, 95), 2),
        ["p99"] = Math.Round(P(sorted, 99), 2),
        ["max"] = Math.Round(sorted.Count == 0 ? 0 : sorted[^1], 2),
    };
}
