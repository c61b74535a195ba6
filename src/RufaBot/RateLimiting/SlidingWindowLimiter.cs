using System.Threading.RateLimiting;

namespace RufaBot.RateLimiting;

/// <summary>
/// At most <see cref="WindowLimit.PermitLimit"/> permits in any <see cref="WindowLimit.Window"/>, counted in six
/// segments that slide along. Unlike the framework's window limiters it reads time from a <see cref="TimeProvider"/>
/// and needs no timer, so tests move a fake clock instead of sleeping, and a refused caller learns when to retry.
/// Partitioned limiters drop an instance once <see cref="IdleDuration"/> says it holds nothing.
/// </summary>
internal sealed class SlidingWindowLimiter(WindowLimit limit, TimeProvider time) : RateLimiter
{
    private const int Segments = 6;

    private readonly int[] _counts = new int[Segments];
    private readonly long _segmentTicks = Math.Max(1, limit.Window.Ticks / Segments);
    private readonly Lock _gate = new();
    private long _segment = time.GetUtcNow().Ticks / Math.Max(1, limit.Window.Ticks / Segments);
    private int _total;
    private DateTimeOffset _lastUsed = time.GetUtcNow();

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                Slide();
                return _total == 0 ? time.GetUtcNow() - _lastUsed : null;
            }
        }
    }

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_gate)
        {
            Slide();
            return new RateLimiterStatistics { CurrentAvailablePermits = limit.PermitLimit - _total };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_gate)
        {
            Slide();
            _lastUsed = time.GetUtcNow();
            if (_total + permitCount > limit.PermitLimit)
                return Lease.Refused(RetryAfter());
            _counts[_segment % Segments] += permitCount;
            _total += permitCount;
            return Lease.Granted;
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    /// <summary>Forgets the segments that have left the window since the last call.</summary>
    private void Slide()
    {
        var now = time.GetUtcNow().Ticks / _segmentTicks;
        for (var s = _segment + 1; s <= now && s <= _segment + Segments; s++)
        {
            _total -= _counts[s % Segments];
            _counts[s % Segments] = 0;
        }
        _segment = Math.Max(_segment, now);
    }

    /// <summary>Until the oldest segment still holding permits leaves the window.</summary>
    private TimeSpan RetryAfter()
    {
        var oldest = _segment - Segments + 1;
        while (oldest < _segment && _counts[oldest % Segments] == 0)
            oldest++;
        var leavesAt = (oldest + Segments) * _segmentTicks;
        return TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerSecond, leavesAt - time.GetUtcNow().Ticks));
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public static Lease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
