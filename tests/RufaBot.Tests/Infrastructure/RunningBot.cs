using Microsoft.Extensions.DependencyInjection;
using BotProtocol;
using RufaBot.Testing;

namespace RufaBot.Tests.Infrastructure;

/// <summary>
/// A test class with the real bot running on loopback and a fake Bot Connector beside it, started fresh for each
/// test. Override <see cref="Settings"/> or <see cref="ConfigureServices"/> to change the set-up, and
/// <see cref="RequiresTokens"/> to run it as registered in Azure, behind a stand-in token service.
/// </summary>
public abstract class RunningBot : IAsyncLifetime
{
    protected RufaBotApp App { get; private set; } = null!;
    protected FakeConnector Connector { get; private set; } = null!;
    protected HttpClient Bot { get; private set; } = null!;

    /// <summary>The stand-in token service, when <see cref="RequiresTokens"/>.</summary>
    protected SignedChannel Channel { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>
    /// True: the bot is a single-tenant registration that accepts only tokens signed by <see cref="Channel"/>, and
    /// sends a fixed outbound token (<see cref="Settings"/> still override).
    /// </summary>
    protected virtual bool RequiresTokens => false;

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?>();
        if (RequiresTokens)
        {
            Channel = await SignedChannel.StartAsync();
            foreach (var (key, value) in Channel.Settings())
                settings[key] = value;
        }
        foreach (var (key, value) in Settings)
            settings[key] = value;
        App = new RufaBotApp(settings, services =>
        {
            if (RequiresTokens)
                services.AddSingleton<IBotTokenProvider>(new StaticTokenProvider("outbound-token"));
            ConfigureServices(services);
        });
        Bot = App.CreateBotClient();
    }

    public virtual async Task DisposeAsync()
    {
        Bot.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        if (RequiresTokens)
            await Channel.DisposeAsync();
    }
}
