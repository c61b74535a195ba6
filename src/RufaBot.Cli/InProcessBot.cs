using System.Text.Json;
using BotProtocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RufaBot.Hosting;

namespace RufaBot.Cli;

/// <summary>
/// The real RufaBot host, built by <see cref="RufaBotHost"/> exactly as Program.cs builds it for Teams, with two parts
/// swapped: requests arrive through <see cref="InProcessServer"/> instead of Kestrel, and replies leave through the
/// given connector instead of the Bot Connector service. Dialogs, state storage, knowledge and every other feature
/// are the web host's own, and so is its configuration: the content root is the bot's project folder when found.
/// </summary>
internal sealed class InProcessBot(InProcessServer server, WebApplication app) : IAsyncDisposable
{
    /// <summary>The host's services, for commands that read what the bot stored (e.g. <c>export-induction</c>).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Cancelled when the host stops (e.g. Ctrl+C).</summary>
    public CancellationToken Stopping => app.Lifetime.ApplicationStopping;

    /// <summary>Starts the bot's host; with a null <paramref name="connector"/> the configured one is kept (nothing is sent).</summary>
    public static async Task<InProcessBot> StartAsync(IReadOnlyList<string> args, IConnectorClient? connector, ILoggerProvider logs)
    {
        var server = new InProcessServer();
        var app = RufaBotHost.Build([.. HostDefaults(args), .. args], builder =>
        {
            builder.Services.RemoveAll<IServer>();
            builder.Services.AddSingleton<IServer>(server);
            builder.Logging.ClearProviders();
            builder.Logging.AddProvider(logs);
            if (connector is null)
                return;
            builder.Services.RemoveAll<IConnectorClient>();
            builder.Services.AddSingleton(connector);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        return new InProcessBot(server, app);
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
        await app.StopAsync();
        await app.DisposeAsync();
    }

    // The bot's own folder as content root (appsettings.json, routing.json, data/) and its name for user secrets, so
    // the tools see what `dotnet run --project src/RufaBot` sees; options given on the command line come later and win.
    private static IEnumerable<string> HostDefaults(IReadOnlyList<string> args)
    {
        if (!Given(args, "contentRoot") && UserPaths.FindBotFolder() is { } folder)
            yield return $"--contentRoot={folder}";
        if (!Given(args, "applicationName"))
            yield return "--applicationName=RufaBot";
    }

    private static bool Given(IReadOnlyList<string> args, string key) =>
        args.Any(a => a.TrimStart('-', '/').StartsWith(key, StringComparison.OrdinalIgnoreCase));
}
