namespace RufaBot.Escalation.Routing;

/// <summary>What a route is keyed by; also the prefix of <see cref="TierRoute.RoutingKey"/> (<c>country:KE</c>).</summary>
internal enum RouteScope
{
    Entity,
    Country,
    Region,
    Default,
    EntityHeadquarters,
}
