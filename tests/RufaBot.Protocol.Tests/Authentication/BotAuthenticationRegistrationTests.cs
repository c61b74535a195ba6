using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotProtocol.Tests.Authentication;

public sealed class BotAuthenticationRegistrationTests
{
    [Fact]
    public void AddBotAuthentication_RegistersOneAuthenticatorAndTheMetadataClient()
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(Options.Create(new BotOptions { AppId = "app" }))
            .AddBotAuthentication()
            .BuildServiceProvider();

        var first = services.GetRequiredService<IBotAuthenticator>();

        Assert.IsType<BotAuthenticator>(first);
        Assert.Same(first, services.GetRequiredService<IBotAuthenticator>());
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
        Assert.Equal(TimeSpan.FromSeconds(10), services.GetRequiredService<IHttpClientFactory>().CreateClient("BotProtocol.OpenIdMetadata").Timeout);
    }
}
