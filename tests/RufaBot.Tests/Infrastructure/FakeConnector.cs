using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using RufaBot.Testing;

namespace RufaBot.Tests.Infrastructure;

/// <summary>A Bot Connector on loopback that accepts every activity with 201 and a fresh id, and records it.</summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private int _nextId;
    private readonly LoopbackServer _server;
    private readonly ConcurrentDictionary<RecordedRequest, string> _ids = new(ReferenceEqualityComparer.Instance);

    private FakeConnector(LoopbackServer server) => _server = server;

    /// <summary>The service URL to put on activities, with a path segment as Teams' have.</summary>
    public Uri ServiceUrl => new(_server.BaseAddress, "_connector/");
    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public static async Task<FakeConnector> StartAsync()
    {
        FakeConnector? connector = null;
        var server = await LoopbackServer.StartAsync(async (context, recorded) =>
        {
            var id = Interlocked.Increment(ref connector!._nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            connector._ids[recorded] = id;
            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id":"{{id}}"}""");
        });
        connector = new FakeConnector(server);
        return connector;
    }

    public IReadOnlyList<JsonObject> ActivitiesTo(string conversationId) =>
        [.. Requests.Where(r => r.PathAndQuery.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal))
                    .Select(r => JsonNode.Parse(r.Body)!.AsObject())];

    /// <summary>The id this connector gave the activity of <paramref name="request"/>, as Teams gives one to every message.</summary>
    public string IdOf(RecordedRequest request) => _ids[request];

    /// <summary>The id of the last card sent (not updated) into the conversation: what Teams puts in a submit's replyToId.</summary>
    public string LastCardIdIn(string conversationId) => IdOf(Requests.Last(r =>
        r.Method == "POST" && r.PathAndQuery.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal)
        && JsonNode.Parse(r.Body)?["attachments"]?[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive"));

    /// <summary>UpdateActivity calls (PUT) into the conversation: the id in the path and the replacement activity.</summary>
    public IReadOnlyList<(string ActivityId, JsonObject Activity)> UpdatesIn(string conversationId) =>
        [.. Requests.Where(r => r.Method == "PUT" && r.PathAndQuery.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal))
                    .Select(r => (Uri.UnescapeDataString(r.PathAndQuery.Split('?')[0].Split('/')[^1]), JsonNode.Parse(r.Body)!.AsObject()))];

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
