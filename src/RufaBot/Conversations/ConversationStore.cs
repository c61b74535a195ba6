using System.Buffers.Binary;
using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace RufaBot.Conversations;

/// <summary>
/// Conversation state on <see cref="IDistributedCache"/> (memory or Redis). The stored value is the version as 8 bytes
/// followed by the JSON, so a save can check the version without parsing the state. Turns of one conversation already
/// run one at a time (the conversation lock); the version check is what keeps an answer safe when that lock is lost,
/// for example when an instance stalls past the lock's expiry. Every change saves, so the lifetime runs from the last
/// change; an absolute expiry (not a sliding one) spares Redis a refresh round trip on every read.
/// </summary>
internal sealed class ConversationStore(IDistributedCache cache, IOptions<ConversationOptions> options)
{
    public async Task<ConversationState> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(key, cancellationToken);
        if (bytes is null || bytes.Length < sizeof(long))
            return new ConversationState();
        var state = JsonSerializer.Deserialize(bytes.AsSpan(sizeof(long)), RufaJson.Default.ConversationState) ?? new ConversationState();
        state.Version = BinaryPrimitives.ReadInt64LittleEndian(bytes);
        return state;
    }

    /// <summary>Saves <paramref name="state"/> if nobody saved since it was loaded; throws <see cref="ConcurrencyConflictException"/> otherwise.</summary>
    public async Task SaveAsync(string key, ConversationState state, CancellationToken cancellationToken)
    {
        await EnsureUnchangedAsync(key, state.Version, cancellationToken);
        var json = JsonSerializer.SerializeToUtf8Bytes(state, RufaJson.Default.ConversationState);
        var bytes = new byte[sizeof(long) + json.Length];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, state.Version + 1);
        json.CopyTo(bytes, sizeof(long));
        await cache.SetAsync(key, bytes, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.StateLifetime }, cancellationToken);
        state.Version++;
    }

    public async Task DeleteAsync(string key, ConversationState state, CancellationToken cancellationToken)
    {
        await EnsureUnchangedAsync(key, state.Version, cancellationToken);
        await cache.RemoveAsync(key, cancellationToken);
        state.Version = 0;
    }

    private async Task EnsureUnchangedAsync(string key, long loadedVersion, CancellationToken cancellationToken)
    {
        var current = await cache.GetAsync(key, cancellationToken);
        var currentVersion = current is { Length: >= sizeof(long) } ? BinaryPrimitives.ReadInt64LittleEndian(current) : 0;
        if (currentVersion != loadedVersion)
            throw new ConcurrencyConflictException($"State changed from version {loadedVersion} to {currentVersion} during the turn.");
    }
}

/// <summary>Another turn saved this conversation's state after we loaded it; reload and run the turn again.</summary>
internal sealed class ConcurrencyConflictException(string message) : Exception(message);
