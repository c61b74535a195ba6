using Microsoft.Extensions.Options;
using RufaBot.Escalation.Registration;

namespace RufaBot.Escalation.Routing;

/// <summary>
/// A focal point's tenant when RufaBot has no chat with them yet: the <see cref="RouteEntry.TenantId"/> of a route that
/// names them, or the tenant of their own "register me" message. Never another tenant's traffic, which could come from
/// anyone who installed the app there.
/// </summary>
internal sealed class RouteTenants(IOptionsMonitor<RoutingOptions> options, RoutingRegistrations registrations)
{
    public async Task<string?> TenantOfAsync(string aadObjectId, CancellationToken ct)
    {
        var id = aadObjectId.Trim();
        var config = options.CurrentValue;
        var routes = config.Tiers.Values
            .SelectMany(t => t.Entities.Values.Concat(t.Countries.Values).Concat(t.Regions.Values).Append(t.Default))
            .Concat(config.EntityHeadquarters.Values)
            .OfType<RouteEntry>();
        var configured = routes.FirstOrDefault(r => !string.IsNullOrWhiteSpace(r.TenantId) && Names(r, id))?.TenantId;
        if (configured is not null)
            return configured.Trim().ToLowerInvariant();
        var registered = (await registrations.AllAsync(ct))
            .FirstOrDefault(r => !r.IsChannel && !string.IsNullOrWhiteSpace(r.TenantId) && r.AadObjectId.Equals(id, StringComparison.OrdinalIgnoreCase));
        return registered?.TenantId!.Trim().ToLowerInvariant();
    }

    private static bool Names(RouteEntry route, string id) =>
        route.FocalPoints.Append(route.Backup).Any(p => p is not null && p.AadObjectId.Trim().Equals(id, StringComparison.OrdinalIgnoreCase));
}
