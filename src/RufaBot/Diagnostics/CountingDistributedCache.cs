using Microsoft.Extensions.Caching.Distributed;

namespace RufaBot.Diagnostics;

/// <summary>The conversation-state cache (memory or Redis) with every read, write and removal counted, and its size.</summary>
internal sealed class CountingDistributedCache(IDistributedCache inner) : IDistributedCache
{
    public byte[]? Get(string key) => Read(inner.Get(key));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Read(await inner.GetAsync(key, token));

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options)
    {
        DiagnosticCounters.StateWritten(value.Length);
        inner.Set(key, value, options);
    }

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default)
    {
        DiagnosticCounters.StateWritten(value.Length);
        return inner.SetAsync(key, value, options, token);
    }

    public void Refresh(string key) => inner.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);

    public void Remove(string key)
    {
        DiagnosticCounters.StateRemoved();
        inner.Remove(key);
    }

    public Task RemoveAsync(string key, CancellationToken token = default)
    {
        DiagnosticCounters.StateRemoved();
        return inner.RemoveAsync(key, token);
    }

    private static byte[]? Read(byte[]? value)
    {
        DiagnosticCounters.StateRead(value?.Length ?? 0);
        return value;
    }
}
