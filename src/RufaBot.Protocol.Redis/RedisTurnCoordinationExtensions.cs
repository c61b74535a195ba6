using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotProtocol.Redis;

/// <summary>Registers the Redis variants of the turn pipeline's coordination.</summary>
public static class RedisTurnCoordinationExtensions
{
    /// <summary>
    /// Shares conversation locks and de-duplication across every instance through Redis, replacing the in-memory ones
    /// that <c>AddBotProtocol</c> registers. Needs an <see cref="StackExchange.Redis.IConnectionMultiplexer"/>
    /// registered by the application.
    /// </summary>
    public static IServiceCollection AddRedisTurnCoordination(this IServiceCollection services, Action<RedisTurnCoordinationOptions>? configure = null)
    {
        var options = services.AddOptions<RedisTurnCoordinationOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.Replace(ServiceDescriptor.Singleton<IConversationLock, RedisConversationLock>());
        services.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator, RedisActivityDeduplicator>());
        return services;
    }
}
