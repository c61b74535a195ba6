using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RufaBot.Testing;

namespace RufaBot.Tests.Escalation.Outbox;

/// <summary>
/// A Bot Connector on loopback that fails a share of calls (500, or 429 with Retry-After) from a seeded random
/// sequence, and records what it really accepted: a message counts as delivered only when answered 201.
/// CreateConversation opens <c>a:chat-{member}</c> unless the member is listed as not having the app.
/// </summary>
internal sealed class FlakyConnector : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<Accepted> _accepted = new();
    private readonly Random _random = new(4711);
    private int _nextId;

    private FlakyConnector(LoopbackServer server) => _server = server;

    /// <summary>Share of calls failed, 0 to 1.</summary>
    public double FailureRate { get; set; }

    /// <summary>When set, every call fails with 503 (the Connector is down).</summary>
    public bool Down { get; set; }

    public HashSet<string> WithoutApp { get; } = [];

    public Uri ServiceUrl => new(_server.BaseAddress, "_connector/");

    public IReadOnlyList<Accepted> AcceptedCalls => [.. _accepted];

    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public int Failures { get; private set; }

    public static async Task<FlakyConnector> StartAsync()
    {
        FlakyConnector? connector = null;
        var server = await LoopbackServer.StartAsync((context, request) => connector!.HandleAsync(context, request));
        connector = new FlakyConnector(server);
        return connector;
    }

    private async Task HandleAsync(HttpContext context, RecordedRequest request)
    {
        double roll;
        lock (_random)
            roll = _random.NextDouble();
        if (Down || roll < FailureRate)
        {
            Failures++;
            context.Response.StatusCode = Down ? 503 : roll < FailureRate / 2 ? 500 : 429;
            if (context.Response.StatusCode == 429)
                context.Response.Headers.RetryAfter = "0";
            return;
        }
        var path = request.PathAndQuery;
        context.Response.ContentType = "application/json";
        if (request.Method == "POST" && path.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            var member = (string)JsonNode.Parse(request.Body)!["members"]![0]!["id"]!;
            if (WithoutApp.Contains(member))
            {
                context.Response.StatusCode = 403;
                await context.Response.WriteAsync("""{"error":{"code":"Forbidden","message":"app not installed"}}""");
                return;
            }
            context.Response.StatusCode = 201;
            await context.Response.WriteAsync($$"""{"id":"a:chat-{{member}}"}""");
            _accepted.Enqueue(new Accepted("CREATE", member, null, request.Body));
            return;
        }
        var id = request.Method == "PUT" ? Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]) : $"act-{Interlocked.Increment(ref _nextId)}";
        var conversation = Uri.UnescapeDataString(path.Split("/v3/conversations/")[1].Split('/')[0]);
        context.Response.StatusCode = request.Method == "PUT" ? 200 : 201;
        await context.Response.WriteAsync($$"""{"id":"{{id}}"}""");
        _accepted.Enqueue(new Accepted(request.Method, conversation, id, request.Body));
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>A call the connector answered with success.</summary>
    public sealed record Accepted(string Method, string ConversationId, string? ActivityId, string Body)
    {
        public string? Text => (string?)JsonNode.Parse(Body)?["text"];
    }
}
