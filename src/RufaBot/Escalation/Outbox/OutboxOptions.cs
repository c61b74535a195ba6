namespace RufaBot.Escalation.Outbox;

/// <summary><c>Escalation:Outbox</c>: how the dispatcher polls, leases and backs off.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Escalation:Outbox";

    /// <summary>Off only for tools and tests that inspect the outbox without sending.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Fallback poll when no commit signal arrives (other instances' commits, backoff expiries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claimed message is reserved for one instance; a crashed instance's messages are retried after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Readiness turns unhealthy when a message has waited longer than this.</summary>
    public TimeSpan UnhealthyAge { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan Backoff(int attempts)
    {
        var seconds = InitialBackoff.TotalSeconds * Math.Pow(2, Math.Min(Math.Max(attempts - 1, 0), 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }
}
