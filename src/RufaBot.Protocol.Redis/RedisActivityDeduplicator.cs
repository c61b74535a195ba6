using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace BotProtocol.Redis;

/// <summary>Delivered activity ids shared by every instance: <c>SET NX EX</c>, so exactly one instance wins a re-send race.</summary>
public sealed class RedisActivityDeduplicator(IConnectionMultiplexer redis, IOptions<BotOptions> options, IOptions<RedisTurnCoordinationOptions> keys) : IActivityDeduplicator
{
    /// <inheritdoc />
    public async ValueTask<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var key = new RedisKey($"{keys.Value.SeenKeyPrefix}{conversationId}:{activityId}");
        return await redis.GetDatabase().StringSetAsync(key, RedisValue.EmptyString, options.Value.DuplicateWindow, When.NotExists);
    }
}
