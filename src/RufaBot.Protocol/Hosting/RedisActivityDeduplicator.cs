using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RufaBot.Protocol;

/// <summary>Delivered activity ids shared by every instance: <c>SET NX EX</c>, so exactly one instance wins a re-send race.</summary>
internal sealed class RedisActivityDeduplicator(IConnectionMultiplexer redis, IOptions<BotOptions> options) : IActivityDeduplicator
{
    public async ValueTask<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var key = new RedisKey($"rufa:seen:{conversationId}:{activityId}");
        return await redis.GetDatabase().StringSetAsync(key, RedisValue.EmptyString, options.Value.DuplicateWindow, When.NotExists);
    }
}
