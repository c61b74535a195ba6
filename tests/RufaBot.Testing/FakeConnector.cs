using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace RufaBot.Testing;

/// <summary>
/// The one fake Bot Connector of the tests and the load driver: a real server on loopback that answers the v3 calls a
/// bot makes and records them. Replies queued with <see cref="Reply"/> come first, in order; then, by its settings,
/// it is down (503), fails a share of calls from a seeded sequence (500, or 429 with Retry-After), or answers as the
/// Connector does: CreateConversation 201 with <see cref="OpenConversation"/>'s id (403 for a member without the app),
/// UpdateActivity 200 with the same id, anything else 201 (GET 200) with a fresh id. Only calls answered with success
/// are <see cref="AcceptedCalls"/>.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly ConcurrentQueue<Accepted> _accepted = new();
    private readonly ConcurrentDictionary<RecordedRequest, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly Random _random;
    private LoopbackServer _server = null!;
    private int _nextId, _failures;

    private FakeConnector(int seed) => _random = new Random(seed);

    private sealed record ScriptedReply(int Status, string? Body, IReadOnlyDictionary<string, string> Headers);

    /// <summary>Share of calls failed, 0 to 1: half with 500, half with 429 and <c>Retry-After: 0</c>.</summary>
    public double FailureRate { get; set; }

    /// <summary>When set, every call fails with 503 (the Connector is down).</summary>
    public bool Down { get; set; }

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Members for whom CreateConversation fails with 403, as for a user who has not installed the app.</summary>
    public HashSet<string> WithoutApp { get; } = [];

    /// <summary>The conversation id CreateConversation answers for a member; <c>a:chat-{member}</c> unless set.</summary>
    public Func<string, string> OpenConversation { get; set; } = member => "a:chat-" + member;

    /// <summary>Called for each call answered with success, on the server's thread (the load driver routes replies).</summary>
    public Action<Accepted>? OnAccepted { get; set; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The service URL to put on activities, with a path segment as Teams' have.</summary>
    public Uri ServiceUrl => new(_server.BaseAddress, "_connector/");

    /// <summary>Every request received, failed or not, with its target as the client escaped it.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    /// <summary>Request targets as sent (escaping kept), in order.</summary>
    public IReadOnlyList<string> RawTargets => [.. Requests.Select(r => r.PathAndQuery)];

    public IReadOnlyList<Accepted> AcceptedCalls => [.. _accepted];

    /// <summary>Calls answered with a failure (down or the failure rate), not counting scripted replies.</summary>
    public int Failures => Volatile.Read(ref _failures);

    /// <param name="seed">Seeds the failure sequence, so a failing run can be replayed.</param>
    /// <param name="record">False for long load runs: keep no request (memory), only call <see cref="OnAccepted"/>.</param>
    public static async Task<FakeConnector> StartAsync(int seed = 4711, bool record = true)
    {
        var connector = new FakeConnector(seed);
        connector._server = await LoopbackServer.StartAsync(connector.AnswerAsync, record);
        return connector;
    }

    /// <summary>Queues a reply for the next call that has none queued before it.</summary>
    public FakeConnector Reply(int status, string? body = null, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(new ScriptedReply(status, body, headers.ToDictionary(h => h.Name, h => h.Value)));
        return this;
    }

    /// <summary>Queues a Connector error body, whose message echoes what was sent (so tests see it is not logged).</summary>
    public FakeConnector ReplyError(int status, string code) =>
        Reply(status, $$$"""{"error":{"code":"{{{code}}}","message":"details that echo the sent text"}}""");

    /// <summary>Activities sent or updated into the conversation (request bodies), in order.</summary>
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

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        if (Latency > TimeSpan.Zero)
            await Task.Delay(Latency);
        if (_script.TryDequeue(out var scripted))
        {
            await WriteAsync(context, scripted.Status, scripted.Body, scripted.Headers);
            return;
        }
        double roll;
        lock (_random)
            roll = _random.NextDouble();
        if (Down || roll < FailureRate)
        {
            Interlocked.Increment(ref _failures);
            var failure = Down ? 503 : roll < FailureRate / 2 ? 500 : 429;
            await WriteAsync(context, failure, null, failure == 429 ? new Dictionary<string, string> { ["Retry-After"] = "0" } : null);
            return;
        }

        var path = request.PathAndQuery.Split('?')[0];
        if (request.Method == "POST" && path.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            var member = (string?)JsonNode.Parse(request.Body)?["members"]?[0]?["id"] ?? "";
            if (WithoutApp.Contains(member))
            {
                await WriteAsync(context, 403, """{"error":{"code":"Forbidden","message":"app not installed"}}""");
                return;
            }
            await AcceptAsync(context, request, 201, "CREATE", member, OpenConversation(member), null);
            return;
        }
        var segments = path.Split("/v3/conversations/", 2) is [_, var rest] ? rest.Split('/') : [];
        var conversation = segments.Length > 0 ? Uri.UnescapeDataString(segments[0]) : "";
        var (status, id) = request.Method switch
        {
            "PUT" => (200, Uri.UnescapeDataString(segments[^1])),
            "GET" => (200, NextId()),
            _ => (201, NextId()),
        };
        var replyTo = request.Method == "POST" && segments is [_, "activities", var target] ? Uri.UnescapeDataString(target) : null;
        await AcceptAsync(context, request, status, request.Method, conversation, id, replyTo);
    }

    private async Task AcceptAsync(HttpContext context, RecordedRequest request, int status, string method, string conversation, string id, string? replyTo)
    {
        _ids[request] = id;
        var accepted = new Accepted(method, conversation, method == "CREATE" ? null : id, request.Body) { CreatedId = id, ReplyToId = replyTo };
        _accepted.Enqueue(accepted);
        OnAccepted?.Invoke(accepted);
        await WriteAsync(context, status, new JsonObject { ["id"] = id }.ToJsonString());
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    private static async Task WriteAsync(HttpContext context, int status, string? body, IReadOnlyDictionary<string, string>? headers = null)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            context.Response.Headers[name] = value;
        if (body is null)
            return;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>
    /// A call answered with success. For CREATE, <see cref="ConversationId"/> is the member and <see cref="CreatedId"/>
    /// the new conversation; otherwise <see cref="ActivityId"/> is the id given (or, for an update, the one replaced).
    /// </summary>
    public sealed record Accepted(string Method, string ConversationId, string? ActivityId, string Body)
    {
        public string CreatedId { get; init; } = "";
        /// <summary>The activity replied to, for a reply (POST …/activities/{id}).</summary>
        public string? ReplyToId { get; init; }
        public string? Text => (string?)JsonNode.Parse(Body)?["text"];
    }
}
