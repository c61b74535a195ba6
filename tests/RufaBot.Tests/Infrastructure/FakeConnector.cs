using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RufaBot.Testing;

namespace RufaBot.Tests.Infrastructure;

/// <summary>A Bot Connector on loopback that accepts every activity with 201 and a fresh id, and records it.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private int _nextId;
    private readonly LoopbackServer _server;

    private FakeConnector(LoopbackServer server) => _server = server;

    /// <summary>The service URL to put on activities, with a path segment as Teams' have.</summary>
    public Uri ServiceUrl => new(_server.BaseAddress, "_connector/");
    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public static async Task<FakeConnector> StartAsync()
    {
        FakeConnector? connector = null;
        var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"{{Interlocked.Increment(ref connector!._nextId)}}"}""");
        });
        connector = new FakeConnector(server);
        return connector;
    }

    public IReadOnlyList<JsonObject> ActivitiesTo(string conversationId) =>
        [.. Requests.Where(r => r.PathAndQuery.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal))
                    .Select(r => JsonNode.Parse(r.Body)!.AsObject())];

    /// <summary>Waits until at least <paramref name="count"/> requests arrived (replies may be sent after the HTTP answer).</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Requests.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        return Requests;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
