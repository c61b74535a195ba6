using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection.Extensions;
using BotProtocol;

namespace RufaBot.Cli;

/// <summary>
/// The real RufaBot host, built and started by Program.cs exactly as for Teams, with two parts swapped: requests
/// arrive through <see cref="InProcessServer"/> instead of Kestrel, and replies leave through the given connector
/// instead of the Bot Connector service. Dialogs, state storage, knowledge and every other feature are Program's own.
/// </summary>
internal sealed class InProcessBot(InProcessServer server, IHost host, Task exited) : IAsyncDisposable
{
    private readonly IHostApplicationLifetime _lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();

    /// <summary>The host's services, for commands that read what the bot stored (e.g. <c>export-induction</c>).</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>Cancelled when the host stops (e.g. Ctrl+C).</summary>
    public CancellationToken Stopping => _lifetime.ApplicationStopping;

    /// <summary>Starts Program's host; with a null <paramref name="connector"/> the configured one is kept (nothing is sent).</summary>
    public static async Task<InProcessBot> StartAsync(IReadOnlyList<string> args, IConnectorClient? connector, ILoggerProvider logs)
    {
        var server = new InProcessServer();
        var interception = new HostInterception(builder => builder
            .ConfigureServices(services =>
            {
                services.RemoveAll<IServer>();
                services.AddSingleton<IServer>(server);
                if (connector is null)
                    return;
                services.RemoveAll<IConnectorClient>();
                services.AddSingleton(connector);
            })
            .ConfigureLogging(logging =>
            {
                logging.ClearProviders();
                logging.AddProvider(logs);
            }));

        var exited = interception.RunEntryPointAsync([.. args]);
        var host = await interception.Built;
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await Task.WhenAny(started.Task, exited);
        if (!started.Task.IsCompleted)
        {
            await exited;
            throw new InvalidOperationException("The host stopped before it started.");
        }
        return new InProcessBot(server, host, exited);
    }

    /// <summary>Posts an activity to <c>/api/messages</c>; returns the HTTP status and, for invokes, the response body.</summary>
    public async Task<(int Status, JsonElement? Body)> SendAsync(Activity activity)
    {
        var (status, body) = await server.PostMessagesAsync(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Default.Activity));
        if (body.Length == 0)
            return (status, null);
        using var document = JsonDocument.Parse(body);
        return (status, document.RootElement.Clone());
    }

    public async ValueTask DisposeAsync()
    {
        _lifetime.StopApplication();
        await exited;
    }
}
