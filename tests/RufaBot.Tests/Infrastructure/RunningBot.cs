using Microsoft.Extensions.DependencyInjection;

namespace RufaBot.Tests.Infrastructure;

/// <summary>
/// A test class with the real bot running on loopback and a fake Bot Connector beside it, started fresh for each
/// test. Override <see cref="Settings"/> or <see cref="ConfigureServices"/> to change the set-up.
/// </summary>
public abstract class RunningBot : IAsyncLifetime
{
    protected RufaBotApp App { get; private set; } = null!;
    protected FakeConnector Connector { get; private set; } = null!;
    protected HttpClient Bot { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        App = new RufaBotApp(Settings, ConfigureServices);
        Bot = App.CreateBotClient();
    }

    public virtual async Task DisposeAsync()
    {
        Bot.Dispose();
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
