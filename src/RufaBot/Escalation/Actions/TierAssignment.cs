using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Routing;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// Turns a routing answer into the concern's assignment: the tier's focal points (never anyone who declared a
/// conflict on it) and its channel. Returns false when routing found nobody; the caller reports that gap after its
/// commit, so administrators are alerted about a gap that really was stored. When the reporter said the tier's usual
/// people are involved (<see cref="ImplicatedParty"/>), they are excluded too, so the route falls to the backup or
/// the entity's headquarters focal point.
/// </summary>
internal sealed class TierAssignment(IEscalationRouter router, ReporterKeys keys)
{
    public async Task<bool> AssignAsync(Concern concern, DateTimeOffset now, CancellationToken ct)
    {
        var route = await ResolveAsync(concern, [], ct);
        if (route is null || (route.FocalPoints.Count == 0 && route.Channel is null))
        {
            concern.RecordRoutingGap(now);
            return false;
        }
        var people = route.FocalPoints.Select(p => Person(route, p)).ToList();
        var channel = route.Channel is { } c ? ConcernParticipant.Channel(route.Tier, route.Role, route.RoutingKey, c.ServiceUrl, c.ConversationId, c.TenantId) : null;
        concern.Assign(route.Role, route.RoutingKey, people, channel, now);
        return true;
    }

    /// <summary>Who takes over when the last assigned focal point declares a conflict: the route without the conflicted (backup first).</summary>
    public async Task<IReadOnlyList<ConcernParticipant>> TakeoverAsync(Concern concern, string declarerAadObjectId, CancellationToken ct)
    {
        var route = await ResolveAsync(concern, [declarerAadObjectId], ct);
        if (route is null)
            return [];
        var people = route.FocalPoints.Count > 0 ? route.FocalPoints : route.Backup is { } b ? [b] : [];
        return [.. people.Select(p => Person(route, p))];
    }

    /// <summary>Colleagues of the tier the viewer may hand the concern to: the route's focal points and backup, but not the viewer or the conflicted.</summary>
    public async Task<IReadOnlyList<CardColleague>> ColleaguesAsync(Concern concern, string viewerKey, CancellationToken ct)
    {
        var route = await ResolveAsync(concern, [], ct);
        if (route is null)
            return [];
        IEnumerable<FocalPoint> people = route.Backup is { } b ? [.. route.FocalPoints, b] : route.FocalPoints;
        return [.. people.Select(p => new CardColleague(keys.Actor(p.AadObjectId), p.DisplayName))
            .Where(c => c.Key != viewerKey).DistinctBy(c => c.Key)];
    }

    /// <summary>The participant for a colleague picked on the card (by keyed hash), if they really are one.</summary>
    public async Task<ConcernParticipant?> ColleagueAsync(Concern concern, string colleagueKey, CancellationToken ct)
    {
        var route = await ResolveAsync(concern, [], ct);
        if (route is null)
            return null;
        IEnumerable<FocalPoint> people = route.Backup is { } b ? [.. route.FocalPoints, b] : route.FocalPoints;
        return people.FirstOrDefault(p => keys.Actor(p.AadObjectId) == colleagueKey) is { } found ? Person(route, found) : null;
    }

    private async Task<TierRoute?> ResolveAsync(Concern concern, IReadOnlyList<string> alsoExcluded, CancellationToken ct)
    {
        IReadOnlyList<string> excluded = [.. concern.Excluded, .. alsoExcluded];
        var route = await router.ResolveAsync(KeysOf(concern), concern.Tier, excluded, ct);
        if (route is null || Bypassed(concern.Implicated) != concern.Tier)
            return route;
        return await router.ResolveAsync(KeysOf(concern), concern.Tier, [.. excluded, .. route.FocalPoints.Select(p => p.AadObjectId)], ct);
    }

    private static EscalationTier? Bypassed(ImplicatedParty implicated) => implicated switch
    {
        ImplicatedParty.FocalPoint => EscalationTier.B1,
        ImplicatedParty.CountryTeam => EscalationTier.B2,
        _ => null,
    };

    private ConcernParticipant Person(TierRoute route, FocalPoint p) =>
        ConcernParticipant.Person(route.Tier, route.Role, keys.Actor(p.AadObjectId), p.AadObjectId, p.DisplayName, assigned: true);

    private static RoutingKeys KeysOf(Concern concern) => new(concern.CountryCode, concern.Entity);
}
