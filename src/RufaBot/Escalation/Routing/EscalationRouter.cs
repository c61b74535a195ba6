using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Escalation.Registration;

namespace RufaBot.Escalation.Routing;

/// <summary>
/// Configured routes merged with chat registrations. The most specific route of the tier wins (entity, country,
/// region, default); excluded people are never returned: when a route's focal points are all excluded its backup takes
/// over, then the entity's headquarters focal point. A channel is left out as soon as an excluded person belongs to the
/// route, since that person may be in the channel.
/// </summary>
internal sealed class EscalationRouter(IOptionsMonitor<RoutingOptions> options, RoutingRegistrations registrations) : IEscalationRouter
{
    public async Task<TierRoute?> ResolveAsync(RoutingKeys keys, EscalationTier tier, IReadOnlyCollection<string> excludedAadObjectIds, CancellationToken ct)
    {
        var config = options.CurrentValue;
        var registered = await registrations.AllAsync(ct);
        var excluded = new HashSet<string>(excludedAadObjectIds.Select(id => id.Trim()), StringComparer.OrdinalIgnoreCase);

        if (FindRoute(config, registered, keys, tier) is not { } found)
            return null;
        var (scope, key, entry) = found;
        var role = entry.Role ?? TierRoles.For(tier, scope);
        var routingKey = scope == RouteScope.Default ? "default" : $"{scope.ToString().ToLowerInvariant()}:{key}";
        var implicated = entry.People().Any(p => excluded.Contains(p.AadObjectId));
        var focalPoints = entry.FocalPoints.Where(p => !excluded.Contains(p.AadObjectId)).ToList();
        var backup = entry.Backup is { } b && !excluded.Contains(b.AadObjectId) ? b : null;
        var channel = implicated ? null : entry.Channel;

        if (focalPoints.Count > 0 || channel is not null)
            return new TierRoute(tier, role, routingKey, focalPoints, backup, channel);
        if (backup is not null)
            return new TierRoute(tier, role, routingKey + ":backup", [backup], null, null);
        return EntityHeadquarters(config, keys, tier, excluded);
    }

    private static TierRoute? EntityHeadquarters(RoutingOptions config, RoutingKeys keys, EscalationTier tier, HashSet<string> excluded)
    {
        if (keys.Entity is not { Length: > 0 } entity
            || config.EntityHeadquarters.FirstOrDefault(e => e.Key.Equals(entity.Trim(), StringComparison.OrdinalIgnoreCase)).Value is not { } hq)
            return null;
        var merged = MergedRoute.From(hq);
        var people = merged.FocalPoints.Where(p => !excluded.Contains(p.AadObjectId)).ToList();
        var backup = merged.Backup is { } b && !excluded.Contains(b.AadObjectId) ? b : null;
        if (people.Count == 0 && backup is not null)
            (people, backup) = ([backup], null);
        return people.Count == 0
            ? null
            : new TierRoute(tier, hq.Role ?? ConcernRole.EntityFocalPoint, $"entity-headquarters:{RegistrationTarget.Normalise(RouteScope.Entity, entity)}", people, backup, null);
    }

    private static (RouteScope Scope, string Key, MergedRoute Entry)? FindRoute(RoutingOptions config, IReadOnlyList<FocalPointRegistration> registered,
        RoutingKeys keys, EscalationTier tier)
    {
        config.Tiers.TryGetValue(tier.ToString(), out var tierConfig);
        var country = keys.CountryCode?.Trim().ToUpperInvariant();
        var region = country is null ? null : config.Regions.FirstOrDefault(r => r.Key.Equals(country, StringComparison.OrdinalIgnoreCase)).Value;
        (RouteScope, string?, Dictionary<string, RouteEntry>?)[] candidates =
        [
            (RouteScope.Entity, keys.Entity, tierConfig?.Entities),
            (RouteScope.Country, country, tierConfig?.Countries),
            (RouteScope.Region, region, tierConfig?.Regions),
            (RouteScope.Default, "", null),
        ];
        foreach (var (scope, rawKey, configured) in candidates)
        {
            if (rawKey is null || (scope != RouteScope.Default && rawKey.Trim().Length == 0))
                continue;
            var key = RegistrationTarget.Normalise(scope, rawKey);
            var entry = scope == RouteScope.Default
                ? tierConfig?.Default
                : configured?.FirstOrDefault(e => RegistrationTarget.Normalise(scope, e.Key) == key).Value;
            var extra = registered.Where(r => r.Tier == tier && r.Scope == scope && r.ScopeKey == key).ToList();
            if (entry is null && extra.Count == 0)
                continue;
            var merged = MergedRoute.From(entry, extra);
            if (merged.FocalPoints.Count > 0 || merged.Channel is not null || merged.Backup is not null)
                return (scope, key, merged);
        }
        return null;
    }
}
