using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace RufaBot.Protocol;

/// <summary>Delivered activity ids of this process, each forgotten after <see cref="BotOptions.DuplicateWindow"/>.</summary>
internal sealed class InMemoryActivityDeduplicator(IOptions<BotOptions> options) : IActivityDeduplicator, IDisposable
{
    private readonly MemoryCache _seen = new(new MemoryCacheOptions { SizeLimit = 1_000_000 });
    private readonly TimeSpan _window = options.Value.DuplicateWindow;

    public ValueTask<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var key = (conversationId, activityId);
        var added = false;
        // One lock makes check-and-set atomic when a re-send races the original; it guards a lookup only.
        lock (_seen)
        {
            if (!_seen.TryGetValue(key, out _))
            {
                _seen.Set(key, true, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _window, Size = 1 });
                added = true;
            }
        }
        return ValueTask.FromResult(added);
    }

    public void Dispose() => _seen.Dispose();
}
