namespace RufaBot.RateLimiting;

/// <summary>At most <see cref="PermitLimit"/> per <see cref="Window"/>: sliding (six segments) for turns, fixed for the endpoint.</summary>
internal sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
