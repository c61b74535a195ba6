using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace BotProtocol.Tests.Connector;

/// <summary>The Connector client as the host wires it, with short backoff delays and an optional fake token provider.</summary>
internal static class ConnectorServices
{
    public const string AppId = "00000000-0000-0000-0000-00000000b07a";

    /// <summary>A provider that always returns <paramref name="token"/>, and <paramref name="refreshed"/> when forced.</summary>
    public static Mock<IBotTokenProvider> Tokens(string token = "t1", string refreshed = "t2")
    {
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(false, It.IsAny<CancellationToken>())).ReturnsAsync(token);
        tokens.Setup(t => t.GetTokenAsync(true, It.IsAny<CancellationToken>())).ReturnsAsync(refreshed);
        return tokens;
    }

    /// <summary>
    /// An app id is configured and 127.0.0.1 is a trusted host unless <paramref name="configure"/> says otherwise.
    /// </summary>
    public static ServiceProvider Build(IBotTokenProvider? tokens = null, Action<BotOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<BotOptions>().Configure(o =>
        {
            o.AppId = AppId;
            o.AppPassword = "not-a-real-secret";
            o.TrustedServiceHosts.Add("127.0.0.1");
            configure?.Invoke(o);
        });
        services.Configure<ConnectorRetryOptions>(o =>
        {
            o.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxDelay = TimeSpan.FromMilliseconds(50);
        });
        services.AddConnectorClient();
        if (tokens is not null)
            services.AddSingleton(tokens);
        return services.BuildServiceProvider();
    }

    public static Activity Message(string text = "x") => new() { Type = ActivityTypes.Message, Text = text };

    public static IConnectorClient Client(this ServiceProvider services) => services.GetRequiredService<IConnectorClient>();
}
