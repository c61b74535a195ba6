namespace RufaBot.Escalation.Routing;

/// <summary>What a concern is routed by: its country (ISO 3166 alpha-2) and UN entity. The region comes from the country by configuration.</summary>
internal sealed record RoutingKeys(string? CountryCode, string? Entity);
