using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using RufaBot.Testing;

namespace RufaBot.LoadDriver;

/// <summary>
/// The load run's view of the shared <see cref="FakeConnector"/> (recording nothing, so a long run keeps no requests):
/// replies are handed to the turn waiting for them (by replyToId); escalation cards posted into a focal point's chat
/// go to <see cref="Cards"/>; the rest is only counted.
/// </summary>
internal sealed class ConnectorStub : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TurnReplies> _waiting = new(StringComparer.Ordinal);
    private readonly FakeConnector _connector;
    private readonly FocalPoints _focalPoints;
    private long _proactive, _updates, _created, _other;

    private ConnectorStub(FakeConnector connector, FocalPoints focalPoints)
    {
        (_connector, _focalPoints) = (connector, focalPoints);
        connector.OpenConversation = focalPoints.OpenChat;
        connector.OnAccepted = Route;
    }

    public Channel<EscalationCard> Cards { get; } = Channel.CreateUnbounded<EscalationCard>();
    public DeliveryClock Deliveries { get; } = new();
    public Uri ServiceUrl => _connector.ServiceUrl;
    public long Proactive => Interlocked.Read(ref _proactive);
    public long Updates => Interlocked.Read(ref _updates);
    public long Created => Interlocked.Read(ref _created);
    public long Other => Interlocked.Read(ref _other);

    public static async Task<ConnectorStub> StartAsync(FocalPoints focalPoints) =>
        new(await FakeConnector.StartAsync(record: false), focalPoints);

    /// <summary>Starts collecting the replies to the activity <paramref name="activityId"/>, before it is sent.</summary>
    public TurnReplies Expect(string activityId) => _waiting[activityId] = new TurnReplies();

    public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

    private void Route(FakeConnector.Accepted call)
    {
        switch (call.Method)
        {
            case "CREATE":
                Interlocked.Increment(ref _created);
                return;
            case "PUT":
                Interlocked.Increment(ref _updates);
                Deliveries.Delivered(call.Body);
                return;
            case "POST" when call.ReplyToId is { } replyTo:
                var activity = JsonNode.Parse(call.Body);
                if (_waiting.TryGetValue(replyTo, out var replies) && activity is not null)
                {
                    Deliveries.Replied(call.Body);
                    replies.Add(activity);
                }
                else
                    Offer(call.ConversationId, activity);
                return;
            case "POST":
                Interlocked.Increment(ref _proactive);
                Deliveries.Delivered(call.Body);
                Offer(call.ConversationId, JsonNode.Parse(call.Body));
                return;
            default:
                Interlocked.Increment(ref _other);
                return;
        }
    }

    // A card with escalation actions in a focal point's chat is theirs to act on; anything else is only counted.
    private void Offer(string conversationId, JsonNode? activity)
    {
        if (_focalPoints.ByConversation(conversationId) is not { } person)
            return;
        if (activity?["attachments"]?[0]?["content"] is JsonObject card && card["refresh"]?["action"]?["data"] is JsonObject data
            && (string?)data["rufa"] == "escalation")
            Cards.Writer.TryWrite(new EscalationCard(person, conversationId, card));
    }

    public async ValueTask DisposeAsync()
    {
        Cards.Writer.TryComplete();
        await _connector.DisposeAsync();
    }
}
