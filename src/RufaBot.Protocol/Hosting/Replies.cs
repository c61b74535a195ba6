using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotProtocol;

/// <summary>Builds outbound activities. Channel-owned fields (id, timestamp, serviceUrl) are never set.</summary>
public static class Replies
{
    /// <summary>Adaptive Card attachment content type.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>A plain-text message.</summary>
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A message carrying one Adaptive Card (sent alone, so its id comes back and it can be updated).</summary>
    public static Activity Card(JsonNode card, string? fallbackText = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = fallbackText,
        Attachments = [new Attachment { ContentType = AdaptiveCardContentType, Content = card }],
    };

    /// <summary>A message carrying one Adaptive Card given as parsed JSON.</summary>
    public static Activity Card(JsonElement card, string? fallbackText = null) =>
        Card(JsonObject.Create(card) ?? throw new ArgumentException("An Adaptive Card is a JSON object.", nameof(card)), fallbackText);

    /// <summary>The typing indicator.</summary>
    public static Activity Typing() => new() { Type = ActivityTypes.Typing };

    /// <summary>Addresses <paramref name="reply"/> to the sender of <paramref name="inbound"/> in the same conversation.</summary>
    public static void Address(Activity reply, Activity inbound)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId = inbound.ChannelId;
        reply.From = inbound.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null;
        reply.Recipient = inbound.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name, AadObjectId = user.AadObjectId } : null;
        reply.Conversation = new ConversationAccount
        {
            Id = inbound.Conversation?.Id,
            ConversationType = inbound.Conversation?.ConversationType,
            TenantId = inbound.Conversation?.TenantId,
        };
        reply.ReplyToId ??= inbound.Id;
        reply.Locale ??= inbound.Locale;
    }
}
