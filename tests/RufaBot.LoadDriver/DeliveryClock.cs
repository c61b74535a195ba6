using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace RufaBot.LoadDriver;

/// <summary>
/// How long what RufaBot sends on its own time (an escalation card, a notice to the reporter, a card update) takes to
/// reach the Connector after the turn that caused it. Messages are tied to their cause by the concern's reference,
/// which both carry: a submission's reply to the reporter, and a focal point's card action (timed from when it was
/// sent, so the figure includes that turn). A message that arrives before the reply to its own submission was sent
/// inside that turn and counts as 0 ms.
/// </summary>
internal sealed partial class DeliveryClock
{
    private readonly ConcurrentDictionary<string, long> _causes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _early = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(long At, double Ms)> _deliveries = new();

    /// <summary>A reply to a member of staff: the first one naming a reference is its submission.</summary>
    public void Replied(string body)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var reference in References(body))
        {
            if (_causes.TryAdd(reference, now) && _early.TryRemove(reference, out _))
                _deliveries.Enqueue((now, 0));
        }
    }

    /// <summary>A focal point acts on the card of <paramref name="cardJson"/>'s concern at <paramref name="sentAt"/>.</summary>
    public void Acted(string cardJson, long sentAt)
    {
        foreach (var reference in References(cardJson))
            _causes[reference] = sentAt;
    }

    /// <summary>A message RufaBot sent on its own (posted or updated).</summary>
    public void Delivered(string body)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var reference in References(body))
        {
            if (_causes.TryGetValue(reference, out var cause))
                _deliveries.Enqueue((now, Stopwatch.GetElapsedTime(cause, now).TotalMilliseconds));
            else
                _early.TryAdd(reference, 0);
        }
    }

    /// <summary>Sorted delays of the deliveries that happened in the window.</summary>
    public IReadOnlyList<double> DelaysIn(long from, long to) =>
        [.. _deliveries.Where(d => d.At >= from && d.At < to).Select(d => d.Ms).Order()];

    private static IEnumerable<string> References(string text) =>
        ReferencePattern().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal);

    [GeneratedRegex("HR-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex ReferencePattern();
}
