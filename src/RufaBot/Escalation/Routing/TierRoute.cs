using RufaBot.Concerns;

namespace RufaBot.Escalation.Routing;

/// <summary>
/// Who handles a tier for a concern: the focal points assigned (never an excluded person), a backup (alerted when an
/// SLA is missed), and the tier's channel, if any. <see cref="RoutingKey"/> names the configuration entry that matched,
/// e.g. <c>country:KE</c>, <c>region:east-africa</c>, <c>entity:UNICEF</c> or <c>headquarters</c>.
/// </summary>
internal sealed record TierRoute(
    EscalationTier Tier,
    ConcernRole Role,
    string RoutingKey,
    IReadOnlyList<FocalPoint> FocalPoints,
    FocalPoint? Backup,
    ChannelTarget? Channel);
