using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using RufaBot.Testing;

namespace BotProtocol.Tests.Connector;

/// <summary>
/// A scripted Bot Connector on <see cref="LoopbackServer"/>: answers queued replies in order (then 200 <c>{"id":"1"}</c>)
/// and keeps each request's raw target, since the server's recorded path is already unescaped.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly ConcurrentQueue<string> _rawTargets = new();
    private LoopbackServer _server = null!;

    private sealed record ScriptedReply(int Status, string? Body, IReadOnlyDictionary<string, string> Headers);

    public Uri BaseAddress => _server.BaseAddress;

    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public IReadOnlyList<string> RawTargets => [.. _rawTargets];

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        fake._server = await LoopbackServer.StartAsync(fake.AnswerAsync);
        return fake;
    }

    public FakeConnector Reply(int status, string? body = null, params (string Name, string Value)[] headers)
    {
        _script.Enqueue(new ScriptedReply(status, body, headers.ToDictionary(h => h.Name, h => h.Value)));
        return this;
    }

    public FakeConnector ReplyError(int status, string code) =>
        Reply(status, $$$"""{"error":{"code":"{{{code}}}","message":"details that echo the sent text"}}""");

    private async Task AnswerAsync(HttpContext context, RecordedRequest recorded)
    {
        _rawTargets.Enqueue(context.Features.Get<IHttpRequestFeature>()!.RawTarget);
        var reply = _script.TryDequeue(out var next) ? next : new ScriptedReply(200, """{"id":"1"}""", new Dictionary<string, string>());
        context.Response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
            context.Response.Headers[name] = value;
        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
