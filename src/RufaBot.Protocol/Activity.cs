using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BotProtocol;

/// <summary>
/// A Bot Framework activity. Types only the fields a bot commonly reads or writes; everything else a channel
/// sends is kept in <see cref="Extra"/> so that a round trip drops nothing.
/// </summary>
public sealed class Activity
{
    /// <summary>Activity type, e.g. <c>message</c>; see <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }
    /// <summary>Channel-assigned id, used for de-duplication.</summary>
    public string? Id { get; set; }
    /// <summary>When the channel received the activity (UTC).</summary>
    public DateTimeOffset? Timestamp { get; set; }
    /// <summary>The sender's local time, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }
    /// <summary>Base URL of the Connector that every outbound call for this conversation goes to.</summary>
    public string? ServiceUrl { get; set; }
    /// <summary>Channel id, e.g. <c>msteams</c>, <c>webchat</c>, <c>emulator</c>.</summary>
    public string? ChannelId { get; set; }
    /// <summary>Who sent the activity.</summary>
    public ChannelAccount? From { get; set; }
    /// <summary>The conversation the activity belongs to.</summary>
    public ConversationAccount? Conversation { get; set; }
    /// <summary>Who the activity is addressed to (the bot, on inbound activities).</summary>
    public ChannelAccount? Recipient { get; set; }
    /// <summary><c>plain</c> (default), <c>markdown</c> or <c>xml</c>.</summary>
    public string? TextFormat { get; set; }
    /// <summary><c>list</c> or <c>carousel</c>.</summary>
    public string? AttachmentLayout { get; set; }
    /// <summary>Members added, on <c>conversationUpdate</c>.</summary>
    public List<ChannelAccount>? MembersAdded { get; set; }
    /// <summary>Members removed, on <c>conversationUpdate</c>.</summary>
    public List<ChannelAccount>? MembersRemoved { get; set; }
    /// <summary>Reactions added, on <c>messageReaction</c>.</summary>
    public List<MessageReaction>? ReactionsAdded { get; set; }
    /// <summary>Reactions removed, on <c>messageReaction</c>.</summary>
    public List<MessageReaction>? ReactionsRemoved { get; set; }
    /// <summary>BCP-47 locale of the sender; may be missing or unknown.</summary>
    public string? Locale { get; set; }
    /// <summary>Message text.</summary>
    public string? Text { get; set; }
    /// <summary>Short text for notifications and the chat list when the message is a card, instead of "Sent a card".</summary>
    public string? Summary { get; set; }
    /// <summary>Text to speak, for voice channels.</summary>
    public string? Speak { get; set; }
    /// <summary><c>acceptingInput</c>, <c>expectingInput</c> or <c>ignoringInput</c>.</summary>
    public string? InputHint { get; set; }
    /// <summary>Buttons offered with a text message.</summary>
    public SuggestedActions? SuggestedActions { get; set; }
    /// <summary>Cards and files.</summary>
    public List<Attachment>? Attachments { get; set; }
    /// <summary>Mentions, client info and other entities, kept as raw JSON.</summary>
    public List<Entity>? Entities { get; set; }
    /// <summary>Channel-specific payload (Teams: tenant, team, channel, eventType).</summary>
    public JsonElement? ChannelData { get; set; }
    /// <summary><c>add</c>/<c>remove</c> (and Teams' <c>-upgrade</c> forms) on <c>installationUpdate</c>.</summary>
    public string? Action { get; set; }
    /// <summary>The activity this one replies to (inbound: the card message acted on).</summary>
    public string? ReplyToId { get; set; }
    /// <summary>Invoke or event name; compared exactly.</summary>
    public string? Name { get; set; }
    /// <summary>Card submit data or invoke payload.</summary>
    public JsonElement? Value { get; set; }

    /// <summary>Every property this type does not name, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    /// <summary>Channel-specific id (Teams users <c>29:…</c>, bots <c>28:…</c>).</summary>
    public string? Id { get; set; }
    /// <summary>Display name.</summary>
    public string? Name { get; set; }
    /// <summary>Microsoft Entra object id, when the channel knows it.</summary>
    public string? AadObjectId { get; set; }
    /// <summary><c>user</c> or <c>bot</c>; informational only.</summary>
    public string? Role { get; set; }
    /// <summary>Unknown properties, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A conversation on a channel.</summary>
public sealed class ConversationAccount
{
    /// <summary>Opaque conversation id.</summary>
    public string? Id { get; set; }
    /// <summary>Conversation name, when it has one.</summary>
    public string? Name { get; set; }
    /// <summary>True for group chats and channels.</summary>
    public bool? IsGroup { get; set; }
    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c> in Teams.</summary>
    public string? ConversationType { get; set; }
    /// <summary>Entra tenant of the conversation.</summary>
    public string? TenantId { get; set; }
    /// <summary>Unknown properties, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A card or file attached to a message.</summary>
public sealed class Attachment
{
    /// <summary>MIME type, e.g. <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; set; }
    /// <summary>Link to the content (files).</summary>
    public string? ContentUrl { get; set; }
    /// <summary>Inline content (cards), as JSON. A node, so a card built in memory is written once, straight to the wire.</summary>
    public JsonNode? Content { get; set; }
    /// <summary>File name.</summary>
    public string? Name { get; set; }
    /// <summary>Thumbnail link.</summary>
    public string? ThumbnailUrl { get; set; }
    /// <summary>Unknown properties, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>An entity such as a mention or client info. Fields beyond <see cref="Type"/> stay raw.</summary>
public sealed class Entity
{
    /// <summary><c>mention</c>, <c>clientInfo</c>, <c>streaminfo</c>, …</summary>
    public string? Type { get; set; }
    /// <summary>For mentions: who is mentioned.</summary>
    public ChannelAccount? Mentioned { get; set; }
    /// <summary>For mentions: the literal text of the mention in the activity text.</summary>
    public string? Text { get; set; }
    /// <summary>Every other property, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>One reaction on a message.</summary>
public sealed class MessageReaction
{
    /// <summary>Reaction type, e.g. <c>like</c>.</summary>
    public string? Type { get; set; }
}

/// <summary>Buttons shown with a message.</summary>
public sealed class SuggestedActions
{
    /// <summary>Ids of the recipients who see them; all when empty.</summary>
    public List<string>? To { get; set; }
    /// <summary>The buttons.</summary>
    public List<CardAction> Actions { get; set; } = [];
}

/// <summary>A button.</summary>
public sealed class CardAction
{
    /// <summary><c>imBack</c>, <c>messageBack</c>, <c>openUrl</c>, …</summary>
    public string Type { get; set; } = "imBack";
    /// <summary>Button caption.</summary>
    public string? Title { get; set; }
    /// <summary>What the button sends or opens.</summary>
    public string? Value { get; set; }
}
