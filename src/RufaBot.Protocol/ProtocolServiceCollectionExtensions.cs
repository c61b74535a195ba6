using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace RufaBot.Protocol;

/// <summary>Registers the protocol layer.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Adds options (validated at start), inbound authentication, the Connector client and the turn pipeline with
    /// in-memory de-duplication and conversation locks. The application registers its <see cref="IBot"/>.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<BotOptions>, BotOptionsSetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidation>());
        services.AddMemoryCache();
        services.AddBotAuthentication();
        services.AddConnectorClient();
        services.TryAddSingleton<IConversationLock, InMemoryConversationLock>();
        services.TryAddSingleton<IActivityDeduplicator, InMemoryActivityDeduplicator>();
        services.AddSingleton<TurnTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnTracker>());
        services.AddHostedService<BotStartupReport>();
        services.AddSingleton<BotApplication>();
        return services;
    }

    /// <summary>
    /// Shares conversation locks and de-duplication across every instance through Redis. Needs an
    /// <see cref="StackExchange.Redis.IConnectionMultiplexer"/> registered by the application.
    /// </summary>
    public static IServiceCollection AddRedisTurnCoordination(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IConversationLock, RedisConversationLock>());
        services.Replace(ServiceDescriptor.Singleton<IActivityDeduplicator, RedisActivityDeduplicator>());
        return services;
    }
}
