using Microsoft.Extensions.Caching.StackExchangeRedis;
using BotProtocol;
using StackExchange.Redis;

namespace RufaBot.Hosting;

/// <summary>
/// Conversation state lives in <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/>: in memory by
/// default, Redis when <c>ConnectionStrings:Redis</c> is set. With Redis, turn locks and de-duplication move there too,
/// so several instances can share the load. One multiplexer serves the cache and the locks. While Redis is out of
/// reach, users are told so (<see cref="RedisUnavailableReply"/>) and <c>/readyz</c> reports it.
/// </summary>
internal static class ConversationStateExtensions
{
    public static WebApplicationBuilder AddConversationState(this WebApplicationBuilder builder)
    {
        var health = builder.Services.AddHealthChecks();
        var redis = builder.Configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis))
        {
            builder.Services.AddDistributedMemoryCache();
            return builder;
        }

        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
        builder.Services.AddStackExchangeRedisCache(_ => { });
        builder.Services.AddOptions<RedisCacheOptions>().Configure<IConnectionMultiplexer>((options, multiplexer) =>
        {
            options.InstanceName = "rufa:";
            options.ConnectionMultiplexerFactory = () => Task.FromResult(multiplexer);
        });
        builder.Services.AddRufaRedisTurnCoordination();
        builder.Services.AddSingleton<ITurnFailureReply, RedisUnavailableReply>();
        health.AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready]);
        return builder;
    }
}
