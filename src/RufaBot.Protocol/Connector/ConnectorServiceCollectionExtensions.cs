using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>Registers the outbound Bot Connector client.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IConnectorClient"/> as a pooled typed HTTP client, with <see cref="IServiceUrlTrust"/> and
    /// <see cref="IBotTokenProvider"/> as singletons. Requests pass through the retry handler first and the token
    /// handler second, so each attempt gets a current token and the host check. Expects <see cref="BotOptions"/>
    /// to be configured by the host.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        services.AddOptions<ConnectorRetryOptions>();
        services.TryAddSingleton<IServiceUrlTrust, ServiceUrlTrust>();
        services.TryAddSingleton<IBotTokenProvider, BotTokenProvider>();
        services.TryAddTransient<BotTokenHandler>();
        var client = services.AddHttpClient<IConnectorClient, ConnectorClient>(http =>
        {
            // Connector answers are small; a larger one is a fault, not something to buffer.
            http.MaxResponseContentBufferSize = 1024 * 1024;
        });
        // Singletons hold this client, so rotate pooled connections (DNS changes) rather than relying on handler expiry.
        client.ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        // Handlers run in the order added: retry outermost, then the token handler on every attempt.
        client.AddResilienceHandler("connector-retry", static (pipeline, context) => ConnectorRetry.AddTo(
            pipeline,
            context.ServiceProvider.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value,
            context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System,
            context.ServiceProvider.GetRequiredService<ILogger<ConnectorClient>>()));
        client.AddHttpMessageHandler<BotTokenHandler>();
        // The factory's own request logging (a scope and two entries per reply) costs more than a loopback reply on the
        // hot path; failures are logged by the client itself (Log.Connector).
        client.RemoveAllLoggers();
        return services;
    }
}
