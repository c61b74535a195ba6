using Microsoft.Extensions.DependencyInjection;
using static BotProtocol.Tests.Connector.ConnectorServices;
using RufaBot.Testing;

namespace BotProtocol.Tests.Connector;

/// <summary>A scripted fake Connector on loopback and a client built by the real registration, fresh per test.</summary>
public abstract class ConnectorTestBase : IAsyncLifetime
{
    private protected FakeConnector Fake { get; private set; } = null!;
    private protected IConnectorClient Client { get; private set; } = null!;
    protected string ServiceUrl => Fake.BaseAddress.ToString();
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        Fake = await FakeConnector.StartAsync();
        _services = Build(Tokens().Object);
        Client = _services.Client();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Fake.DisposeAsync();
    }
}
