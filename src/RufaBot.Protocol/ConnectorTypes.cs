using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotProtocol;

/// <summary>The Connector's answer to a send: the new activity's id (may be missing).</summary>
public sealed class ResourceResponse
{
    /// <summary>Id of the created or updated activity.</summary>
    public string? Id { get; set; }
}

/// <summary>Body of <c>POST v3/conversations</c> (CreateConversation).</summary>
public sealed class ConversationParameters
{
    /// <summary>False for a 1:1 chat.</summary>
    public bool IsGroup { get; set; }
    /// <summary>The bot, <c>28:{appId}</c>.</summary>
    public ChannelAccount? Bot { get; set; }
    /// <summary>Exactly one member for a Teams 1:1 chat.</summary>
    public List<ChannelAccount>? Members { get; set; }
    /// <summary>Topic, for group conversations.</summary>
    public string? TopicName { get; set; }
    /// <summary>Tenant; required by Teams.</summary>
    public string? TenantId { get; set; }
    /// <summary>Optional first message.</summary>
    public Activity? Activity { get; set; }
    /// <summary>Teams: <c>{"tenant":{"id":…}}</c> or <c>{"channel":{"id":…}}</c>.</summary>
    public JsonElement? ChannelData { get; set; }
}

/// <summary>The Connector's answer to CreateConversation.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>Id of the conversation (Teams 1:1: <c>a:…</c>).</summary>
    public string? Id { get; set; }
    /// <summary>Id of the first activity, when one was posted and the channel returns it.</summary>
    public string? ActivityId { get; set; }
    /// <summary>Service URL to use for the new conversation, when it differs.</summary>
    public string? ServiceUrl { get; set; }
}

/// <summary>The Connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ConnectorErrorResponse
{
    /// <summary>The error.</summary>
    public ConnectorError? Error { get; set; }
}

/// <summary>A Connector error code and message.</summary>
public sealed class ConnectorError
{
    /// <summary>E.g. <c>BotNotInConversationRoster</c>, <c>MessageSizeTooBig</c>.</summary>
    public string? Code { get; set; }
    /// <summary>Human-readable message.</summary>
    public string? Message { get; set; }
}

/// <summary>The parts of Teams <c>channelData</c> that bots act on.</summary>
public sealed class TeamsChannelData
{
    /// <summary>The tenant.</summary>
    public TeamsEntity? Tenant { get; set; }
    /// <summary>The team, in channel contexts.</summary>
    public TeamsEntity? Team { get; set; }
    /// <summary>The channel, in channel contexts.</summary>
    public TeamsEntity? Channel { get; set; }
    /// <summary>Teams event type on conversationUpdate, e.g. <c>channelCreated</c>.</summary>
    public string? EventType { get; set; }
    /// <summary>Feed notification settings on outbound messages.</summary>
    public TeamsNotification? Notification { get; set; }
    /// <summary>Everything else, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>A Teams tenant, team or channel reference.</summary>
public sealed class TeamsEntity
{
    /// <summary>Id.</summary>
    public string? Id { get; set; }
    /// <summary>Name, present only on some events.</summary>
    public string? Name { get; set; }
    /// <summary>Unknown properties, kept verbatim.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Teams feed notification settings.</summary>
public sealed class TeamsNotification
{
    /// <summary>True raises a feed notification.</summary>
    public bool Alert { get; set; }
}
