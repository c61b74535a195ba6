using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using RufaBot.Concerns.Reporters;

namespace RufaBot.Web;

/// <summary>
/// Wrong passphrases are limited per reference, never per address: the door records no address. Failures are
/// counted in the shared cache under a keyed hash of the reference (<see cref="ReporterKeys.FollowUpAttempts"/>);
/// after <see cref="WebDoorOptions.FailuresBeforeLock"/> in one window the reference is locked for
/// <see cref="WebDoorOptions.LockFor"/>, whoever asks. Time comes from the app's clock, so tests can move it.
/// </summary>
internal sealed class FollowUpThrottle(IDistributedCache cache, ReporterKeys keys, IOptions<WebDoorOptions> options, TimeProvider time)
{
    internal sealed record Tally(int Failures, DateTimeOffset WindowStart, DateTimeOffset? LockedUntil);

    /// <summary>How long the reference stays locked; null when it is not.</summary>
    public async Task<TimeSpan?> LockedForAsync(string reference, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return await ReadAsync(reference, ct) is { LockedUntil: { } until } && until > now ? until - now : null;
    }

    /// <summary>Counts a wrong passphrase; returns the failures in the window and the lock it caused, if any.</summary>
    public async Task<(int Failures, TimeSpan? Locked)> FailedAsync(string reference, CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var tally = await ReadAsync(reference, ct) is { } t && now - t.WindowStart < o.FailureWindow ? t : new Tally(0, now, null);
        tally = tally with { Failures = tally.Failures + 1 };
        if (tally.Failures >= o.FailuresBeforeLock)
            tally = new Tally(0, now + o.LockFor, now + o.LockFor);
        var keep = (tally.LockedUntil ?? now + o.FailureWindow) - now + o.FailureWindow;
        await cache.SetAsync(Key(reference), JsonSerializer.SerializeToUtf8Bytes(tally, DoorJson.Default.Tally),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = keep }, ct);
        return (tally.Failures, tally.LockedUntil is { } until ? until - now : null);
    }

    private async Task<Tally?> ReadAsync(string reference, CancellationToken ct)
    {
        var bytes = await cache.GetAsync(Key(reference), ct);
        try
        {
            return bytes is null ? null : JsonSerializer.Deserialize(bytes, DoorJson.Default.Tally);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private string Key(string reference) => "rufa:door:tries:" + keys.FollowUpAttempts(reference);
}
