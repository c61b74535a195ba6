namespace RufaBot.Escalation.Routing;

/// <summary>A tier's Teams channel as configured (easier: register it from the channel with the admin command).</summary>
internal sealed class ChannelEntry
{
    public string ServiceUrl { get; set; } = "";

    public string ConversationId { get; set; } = "";

    public string? TenantId { get; set; }

    public ChannelTarget ToTarget() => new(ServiceUrl, ConversationId, TenantId);
}
