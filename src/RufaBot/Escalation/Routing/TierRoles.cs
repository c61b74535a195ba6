using RufaBot.Concerns;

namespace RufaBot.Escalation.Routing;

/// <summary>The role each tier's focal points act in (domain.md sections 3 and 5), unless a route names another.</summary>
internal static class TierRoles
{
    public static ConcernRole For(EscalationTier tier, RouteScope scope) => tier switch
    {
        EscalationTier.B0 => ConcernRole.SecurityFocalPoint,
        EscalationTier.B1 => scope == RouteScope.Entity ? ConcernRole.EntityFocalPoint : ConcernRole.CountryFocalPoint,
        EscalationTier.B2 => ConcernRole.HumanRightsAdviser,
        EscalationTier.B3 => ConcernRole.RegionalReviewer,
        _ => ConcernRole.Headquarters,
    };
}
