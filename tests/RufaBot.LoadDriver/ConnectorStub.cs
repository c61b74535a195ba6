using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RufaBot.LoadDriver;

/// <summary>
/// A Bot Connector on loopback: answers every call RufaBot makes (send, reply, update, create conversation) with 200
/// and an id. Replies are handed to the turn waiting for them (by replyToId); escalation cards posted into a focal
/// point's chat go to <see cref="Cards"/>.
/// </summary>
internal sealed class ConnectorStub(WebApplication app, FocalPoints focalPoints) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TurnReplies> _waiting = new(StringComparer.Ordinal);
    private long _nextId, _proactive, _updates, _created, _other;

    public Channel<EscalationCard> Cards { get; } = Channel.CreateUnbounded<EscalationCard>();
    public Uri ServiceUrl { get; private set; } = null!;
    public long Proactive => Interlocked.Read(ref _proactive);
    public long Updates => Interlocked.Read(ref _updates);
    public long Created => Interlocked.Read(ref _created);
    public long Other => Interlocked.Read(ref _other);

    public static async Task<ConnectorStub> StartAsync(FocalPoints focalPoints)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new ConnectorStub(app, focalPoints);
        var v3 = app.MapGroup("/_connector/v3/conversations");
        v3.MapPost("", stub.CreateConversationAsync);
        v3.MapPost("/{conversationId}/activities", stub.SendAsync);
        v3.MapPost("/{conversationId}/activities/{replyToId}", stub.ReplyAsync);
        v3.MapPut("/{conversationId}/activities/{activityId}", (string activityId) =>
        {
            Interlocked.Increment(ref stub._updates);
            return Id(activityId);
        });
        app.MapFallback(() =>
        {
            Interlocked.Increment(ref stub._other);
            return Results.Text("{}", "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        stub.ServiceUrl = new Uri(address.TrimEnd('/') + "/_connector/");
        return stub;
    }

    /// <summary>Starts collecting the replies to the activity <paramref name="activityId"/>, before it is sent.</summary>
    public TurnReplies Expect(string activityId) => _waiting[activityId] = new TurnReplies();

    public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

    private async Task<IResult> ReplyAsync(string conversationId, string replyToId, HttpRequest request)
    {
        var activity = await JsonNode.ParseAsync(request.Body);
        if (_waiting.TryGetValue(replyToId, out var replies) && activity is not null)
            replies.Add(activity);
        else
            Offer(conversationId, activity);
        return NewId();
    }

    private async Task<IResult> SendAsync(string conversationId, HttpRequest request)
    {
        Interlocked.Increment(ref _proactive);
        Offer(conversationId, await JsonNode.ParseAsync(request.Body));
        return NewId();
    }

    private async Task<IResult> CreateConversationAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _created);
        var body = await JsonNode.ParseAsync(request.Body);
        var member = (string?)body?["members"]?[0]?["id"] ?? "";
        var conversationId = focalPoints.OpenChat(member);
        return Id(conversationId);
    }

    // A card with escalation actions in a focal point's chat is theirs to act on; anything else is only counted.
    private void Offer(string conversationId, JsonNode? activity)
    {
        if (focalPoints.ByConversation(conversationId) is not { } person)
            return;
        if (activity?["attachments"]?[0]?["content"] is JsonObject card && card["refresh"]?["action"]?["data"] is JsonObject data
            && (string?)data["rufa"] == "escalation")
            Cards.Writer.TryWrite(new EscalationCard(person, conversationId, card));
    }

    private IResult NewId() => Id(Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture));

    // Ids are our own digits or conversation ids: nothing to escape.
    private static IResult Id(string id) => Results.Text($$"""{"id":"{{id}}"}""", "application/json");

    public async ValueTask DisposeAsync()
    {
        Cards.Writer.TryComplete();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
