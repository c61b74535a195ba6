namespace RufaBot.Concerns;

/// <summary>
/// A focal point (or a tier's channel) who holds a copy of the concern's card. <see cref="Assigned"/> ones may act, for
/// the current tier only; the others keep a read-only copy that is updated with every change. The Entra id is kept
/// (encrypted) because Teams' card refresh needs it; lookups use <see cref="Key"/>, a keyed hash. Focal points are not
/// reporter data: nothing here can identify who reported the concern.
/// </summary>
internal sealed class ConcernParticipant
{
    private ConcernParticipant()
    {
    }

    public long Id { get; private set; }

    public EscalationTier Tier { get; private set; }

    public ConcernRole Role { get; private set; }

    /// <summary>Keyed hash of the Entra id (<c>ReporterKeys.Actor</c>); for a channel, <c>channel:</c>, its tier and its routing key.</summary>
    public string Key { get; private set; } = "";

    /// <summary>Null for a channel.</summary>
    public string? AadObjectId { get; private set; }

    public string DisplayName { get; private set; } = "";

    /// <summary>For a channel: where its copy is posted (service URL, conversation id, tenant), else null.</summary>
    public string? ChannelServiceUrl { get; private set; }

    public string? ChannelConversationId { get; private set; }

    public string? ChannelTenantId { get; private set; }

    public bool Assigned { get; internal set; }

    /// <summary>Declared a conflict of interest: never assigned again to this concern.</summary>
    public bool Conflicted { get; internal set; }

    public bool IsChannel => AadObjectId is null;

    /// <summary>A person of an earlier tier who also serves the next one.</summary>
    internal void MoveTo(EscalationTier tier, ConcernRole role)
    {
        Tier = tier;
        Role = role;
    }

    /// <summary>The outbox key of this participant's copy of the card.</summary>
    public string CopyKey(Guid concernId) => $"card:{concernId:N}:{Key}";

    public static ConcernParticipant Person(EscalationTier tier, ConcernRole role, string key, string aadObjectId, string displayName, bool assigned) => new()
    {
        Tier = tier,
        Role = role,
        Key = key,
        AadObjectId = aadObjectId,
        DisplayName = displayName,
        Assigned = assigned,
    };

    // Keyed by tier too: two tiers' routes may share a routing key ("default"), and each tier's channel keeps its own card.
    public static ConcernParticipant Channel(EscalationTier tier, ConcernRole role, string routingKey, string serviceUrl, string conversationId, string? tenantId) => new()
    {
        Tier = tier,
        Role = role,
        Key = $"channel:{tier}:{routingKey}",
        DisplayName = routingKey,
        ChannelServiceUrl = serviceUrl,
        ChannelConversationId = conversationId,
        ChannelTenantId = tenantId,
    };
}
