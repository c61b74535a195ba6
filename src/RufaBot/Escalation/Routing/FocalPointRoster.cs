using Microsoft.Extensions.Options;
using RufaBot.Escalation.Registration;

namespace RufaBot.Escalation.Routing;

/// <summary>
/// Everyone who may receive a concern's card: the focal points and backups of every configured route and of every
/// entity's headquarters, and the people registered in chat. RufaBot keeps where it can reach these people and
/// nobody else, so the database holds no trace of when any other member of staff talked to it.
/// </summary>
internal sealed class FocalPointRoster(IOptionsMonitor<RoutingOptions> options, RoutingRegistrations registrations)
{
    private (RoutingOptions Options, HashSet<string> People)? _configured;

    public async Task<bool> IncludesAsync(string aadObjectId, CancellationToken ct)
    {
        var id = aadObjectId.Trim();
        if (Configured().Contains(id))
            return true;
        return (await registrations.AllAsync(ct)).Any(r => !r.IsChannel && r.AadObjectId.Equals(id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The configured people, gathered again only when the configuration is reloaded.</summary>
    private HashSet<string> Configured()
    {
        var current = options.CurrentValue;
        if (_configured is { } cached && ReferenceEquals(cached.Options, current))
            return cached.People;
        var routes = current.Tiers.Values
            .SelectMany(t => t.Entities.Values.Concat(t.Countries.Values).Concat(t.Regions.Values).Append(t.Default))
            .Concat(current.EntityHeadquarters.Values);
        var people = routes.OfType<RouteEntry>()
            .SelectMany(r => r.Backup is null ? r.FocalPoints : r.FocalPoints.Append(r.Backup))
            .Select(p => p.AadObjectId.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        _configured = (current, people);
        return people;
    }
}
