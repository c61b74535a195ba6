using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BotProtocol.Redis;

/// <summary>
/// A per-conversation lock shared by every instance: <c>SET key token NX PX ttl</c> to take it, a compare-and-delete
/// script to release it (so an instance never frees a lock that expired and was taken by another). The TTL bounds how
/// long a crashed instance can block a conversation.
/// </summary>
public sealed class RedisConversationLock(IConnectionMultiplexer redis, IOptions<BotOptions> options, IOptions<RedisTurnCoordinationOptions> keys) : IConversationLock
{
    private const string ReleaseScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromMilliseconds(50);

    /// <inheritdoc />
    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        var db = redis.GetDatabase();
        var key = new RedisKey(keys.Value.LockKeyPrefix + conversationId);
        var token = new RedisValue(Guid.NewGuid().ToString("N"));
        var ttl = options.Value.TurnTimeout + TimeSpan.FromSeconds(5);
        var delay = FirstRetry;
        while (!await db.StringSetAsync(key, token, ttl, When.NotExists))
        {
            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetry.Ticks));
        }
        return new Releaser(db, key, token);
    }

    private sealed class Releaser(IDatabase db, RedisKey key, RedisValue token) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                await db.ScriptEvaluateAsync(ReleaseScript, [key], [token]);
        }
    }
}
