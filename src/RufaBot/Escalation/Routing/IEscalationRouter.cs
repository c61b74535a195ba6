using RufaBot.Concerns;

namespace RufaBot.Escalation.Routing;

/// <summary>Resolves the focal points of a tier from configuration merged with registrations stored in the database.</summary>
internal interface IEscalationRouter
{
    /// <summary>
    /// Who handles <paramref name="tier"/> for these keys, never anyone in <paramref name="excludedAadObjectIds"/>
    /// (implicated or conflicted people: skip to the backup, then to the entity's headquarters focal point); null when
    /// nobody is configured (the caller reports the gap).
    /// </summary>
    Task<TierRoute?> ResolveAsync(RoutingKeys keys, EscalationTier tier, IReadOnlyCollection<string> excludedAadObjectIds, CancellationToken ct);
}
