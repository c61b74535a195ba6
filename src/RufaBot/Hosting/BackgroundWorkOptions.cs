using System.ComponentModel.DataAnnotations;

namespace RufaBot.Hosting;

/// <summary><c>BackgroundWork</c>: how background work (outbox, SLA timers, retention) gives way to people's turns.</summary>
internal sealed class BackgroundWorkOptions
{
    public const string Section = "BackgroundWork";

    /// <summary>Units of background work running at once; 0 = half the processors, at least 1 (1 on one or two cores).</summary>
    [Range(0, 64)]
    public int MaxConcurrency { get; set; }

    /// <summary>
    /// The longest a round of background work waits for a moment without interactive turns before it runs anyway, so
    /// background work is never starved: a notice is then sent within this of its commit, plus its own sending time.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan MaxDeferral { get; set; } = TimeSpan.FromSeconds(2);

    public int EffectiveConcurrency => MaxConcurrency > 0 ? MaxConcurrency : Math.Max(1, Environment.ProcessorCount / 2);
}
