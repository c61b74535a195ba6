namespace RufaBot.Escalation.Reach;

/// <summary>
/// Where RufaBot can reach a person (their personal chat with the bot) or a channel: a conversation reference
/// recorded from the activities Teams sends. <see cref="Key"/> is <c>user:{aadObjectId}</c>, <c>channel:{conversationId}</c>
/// or <c>tenant:{tenantId}</c>: the Connector address of a tenant, learned from anyone's chat without keeping who, for
/// opening a chat with a focal point who never wrote to RufaBot.
/// </summary>
internal sealed class ReachAddress
{
    public string Key { get; init; } = "";

    public string? AadObjectId { get; set; }

    /// <summary>The Teams user id (<c>29:…</c>), preferred over the object id when opening a chat.</summary>
    public string? MemberId { get; set; }

    public string ServiceUrl { get; set; } = "";

    public string? ConversationId { get; set; }

    public string? TenantId { get; set; }

    /// <summary><c>personal</c> or <c>channel</c>.</summary>
    public string ConversationType { get; set; } = "";

    /// <summary>The team of a channel, so removing the app from a team forgets all its channels.</summary>
    public string? TeamId { get; set; }

    /// <summary>The language a person's Teams client last reported (e.g. <c>fr-FR</c>), for what RufaBot sends them unasked.</summary>
    public string? Locale { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public static string PersonKey(string aadObjectId) => $"user:{aadObjectId.Trim().ToLowerInvariant()}";

    public static string ChannelKey(string conversationId) => $"channel:{conversationId.Split(';')[0]}";

    /// <summary>What this person's chat tells of their tenant and nothing of them; null without a tenant.</summary>
    public ReachAddress? TenantOnly() => TenantId is { Length: > 0 } tenant
        ? new ReachAddress { Key = $"tenant:{tenant}", ServiceUrl = ServiceUrl, TenantId = tenant, ConversationType = "tenant", UpdatedAt = UpdatedAt }
        : null;

    /// <summary>True when storing <paramref name="other"/> would change nothing (the time aside).</summary>
    public bool SameAs(ReachAddress other) =>
        Key == other.Key && AadObjectId == other.AadObjectId && MemberId == other.MemberId && ServiceUrl == other.ServiceUrl
        && ConversationId == other.ConversationId && TenantId == other.TenantId && ConversationType == other.ConversationType && TeamId == other.TeamId
        && Locale == other.Locale;

    public ReachAddress Clone() => (ReachAddress)MemberwiseClone();
}
