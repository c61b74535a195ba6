using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BotProtocol;

/// <summary>Registers inbound authentication of <c>POST /api/messages</c>.</summary>
public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IBotAuthenticator"/> (a singleton that caches OpenID metadata per URL) and the
    /// <c>BotProtocol.OpenIdMetadata</c> HTTP client it fetches metadata with. <see cref="BotOptions"/> must be registered
    /// separately (AddBotProtocol does it).
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(10);
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });
        services.TryAddSingleton<OpenIdMetadataCache>();
        services.TryAddSingleton<JwtValidator>();
        services.TryAddSingleton<IBotAuthenticator, BotAuthenticator>();
        return services;
    }
}
