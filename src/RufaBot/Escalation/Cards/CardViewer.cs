using RufaBot.Concerns;

namespace RufaBot.Escalation.Cards;

/// <summary>
/// Whom a copy of the card is for. <see cref="Role"/> decides the content (domain.md section 5); only an
/// <see cref="Assigned"/> viewer gets buttons. <see cref="Key"/> is the viewer's keyed hash (null for a channel copy).
/// <see cref="ChannelTier"/> marks everyone in a tier's Teams channel, who read the de-identified channel card.
/// </summary>
internal sealed record CardViewer(ConcernRole Role, bool Assigned, string? Key, EscalationTier? ChannelTier = null)
{
    /// <summary>Someone with no part in the concern: a card that says so and shows nothing of it.</summary>
    public static CardViewer Outsider { get; } = new(ConcernRole.System, false, null);

    /// <summary>The members of a tier's channel: any of them may read the message, so it carries no content.</summary>
    public static CardViewer Channel(ConcernParticipant channel) => new(channel.Role, false, null, channel.Tier);

    public bool IsOutsider => Role == ConcernRole.System;

    public bool IsChannel => ChannelTier is not null;

    /// <summary>Regional reviewers and headquarters read de-identified summaries; the emergency, country and entity tiers read the content.</summary>
    public bool SeesContent => !IsChannel && Role is ConcernRole.EntityFocalPoint or ConcernRole.CountryFocalPoint
        or ConcernRole.HumanRightsAdviser or ConcernRole.ResidentCoordinator or ConcernRole.SecurityFocalPoint;
}
