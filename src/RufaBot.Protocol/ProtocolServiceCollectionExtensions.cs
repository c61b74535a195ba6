using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>Registers the protocol layer.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Adds options (validated at start), inbound authentication, the Connector client and the turn pipeline with
    /// in-memory de-duplication and conversation locks, and its telemetry (named by <see cref="BotTelemetryOptions"/>).
    /// The application registers its <see cref="IBot"/>.
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
        services.AddOptions<BotTelemetryOptions>();
        services.TryAddSingleton<BotTelemetry>();
        services.AddSingleton<TurnTracker>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnTracker>());
        services.AddHostedService<BotStartupReport>();
        services.AddSingleton<BotApplication>();
        return services;
    }
}
