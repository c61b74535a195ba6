using System.Collections.Concurrent;
using System.Diagnostics;

namespace RufaBot.LoadDriver;

/// <summary>
/// Every finished turn with its end time and latency, and every error with a few samples. The window is decided at
/// report time: a turn counts when it ended inside it.
/// </summary>
internal sealed class TurnLog
{
    private const int MaxSamples = 10;
    private readonly ConcurrentQueue<(TurnKind Kind, string Label, long EndTicks, double Ms)> _turns = new();
    private readonly ConcurrentQueue<string> _samples = new();
    private int _errors;

    public int Errors => _errors;
    public IReadOnlyCollection<string> ErrorSamples => _samples;

    /// <summary>A turn that ended now; <paramref name="label"/> names its step (what was expected, or the verb).</summary>
    public void Turn(TurnKind kind, string label, long startTimestamp) =>
        _turns.Enqueue((kind, label, Stopwatch.GetTimestamp(), Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds));

    public void Error(string what)
    {
        if (Interlocked.Increment(ref _errors) <= MaxSamples)
            _samples.Enqueue(what);
    }

    public IReadOnlyList<double> LatenciesIn(TurnKind kind, long from, long to) =>
        [.. _turns.Where(t => t.Kind == kind && t.EndTicks >= from && t.EndTicks < to).Select(t => t.Ms).Order()];

    /// <summary>Sorted latencies of each step, for the turns that ended in the window.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> StepsIn(long from, long to) =>
        _turns.Where(t => t.EndTicks >= from && t.EndTicks < to).GroupBy(t => t.Label)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<double>)[.. g.Select(t => t.Ms).Order()]);
}
