using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RufaBot.Testing;

namespace BotProtocol.Tests.Hosting;

/// <summary>
/// The protocol layer alone on Kestrel (loopback, no app id) with a bot the test supplies, and a fake Connector
/// that answers every send with 201.
/// </summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _nextId;

    private PipelineHost(WebApplication app, LoopbackServer connector, HttpClient client)
    {
        _app = app;
        Connector = connector;
        Client = client;
    }

    public LoopbackServer Connector { get; }
    public HttpClient Client { get; }

    public static async Task<PipelineHost> StartAsync(IBot bot, Action<BotOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        PipelineHost? host = null;
        var connector = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 201;
            await context.Response.WriteAsJsonAsync(new { id = Interlocked.Increment(ref host!._nextId).ToString() });
        });
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddBotProtocol();
        builder.Services.PostConfigure<BotOptions>(options => configure?.Invoke(options));
        builder.Services.AddSingleton(bot);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapBotEndpoint();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host = new PipelineHost(app, connector, new HttpClient { BaseAddress = new Uri(address) });
        return host;
    }

    public JsonObject Message(string text, string conversationId = "a:conv", string? id = null, string type = "message") => new()
    {
        ["type"] = type,
        ["id"] = id ?? Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = Connector.BaseAddress.ToString(),
        ["from"] = new JsonObject { ["id"] = "29:user", ["aadObjectId"] = "aad-user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "Bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal" },
        ["text"] = text,
    };

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => Client.PostAsJsonAsync("/api/messages", activity);

    public async Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Connector.Requests.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return Connector.Requests;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

/// <summary>A bot whose behaviour each test sets.</summary>
internal sealed class DelegateBot(Func<TurnContext, CancellationToken, Task<InvokeResponse?>> onTurn) : IBot
{
    public Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) => onTurn(turn, cancellationToken);
}
