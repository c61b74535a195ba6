using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Escalation.Registration;
using RufaBot.Escalation.Routing;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// Who receives the brief: the B3 secretariat and B4, that is everyone on a B3 or B4 route (configured or registered
/// in chat). For the automatic brief, the people and channels of the region's B3 route and of the B4 route.
/// </summary>
internal sealed class BriefAudience(IOptionsMonitor<RoutingOptions> options, RoutingRegistrations registrations, IEscalationRouter router)
{
    private static readonly EscalationTier[] Tiers = [EscalationTier.B3, EscalationTier.B4];

    public async Task<bool> MayReceiveAsync(string aadObjectId, CancellationToken ct)
    {
        var id = aadObjectId.Trim();
        var configured = Tiers.Select(t => options.CurrentValue.Tiers.GetValueOrDefault(t.ToString())).OfType<TierRouting>()
            .SelectMany(t => t.Entities.Values.Concat(t.Countries.Values).Concat(t.Regions.Values).Append(t.Default)).OfType<RouteEntry>()
            .SelectMany(r => r.Backup is null ? r.FocalPoints : r.FocalPoints.Append(r.Backup));
        if (configured.Any(p => p.AadObjectId.Trim().Equals(id, StringComparison.OrdinalIgnoreCase)))
            return true;
        return (await registrations.AllAsync(ct)).Any(r => !r.IsChannel && Tiers.Contains(r.Tier) && r.AadObjectId.Equals(id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The routes of the region's B3 and of B4, found through one of the region's countries.</summary>
    public async Task<IReadOnlyList<TierRoute>> RoutesAsync(IReadOnlyList<string> countries, CancellationToken ct)
    {
        var keys = new RoutingKeys(countries.FirstOrDefault(), null);
        var routes = new List<TierRoute>();
        foreach (var tier in Tiers)
            if (await router.ResolveAsync(keys, tier, [], ct) is { } route)
                routes.Add(route);
        return routes;
    }
}
