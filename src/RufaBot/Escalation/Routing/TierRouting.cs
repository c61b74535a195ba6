namespace RufaBot.Escalation.Routing;

/// <summary>
/// One tier's routes. The most specific match wins: the concern's entity, then its country, then the country's
/// region, then <see cref="Default"/>.
/// </summary>
internal sealed class TierRouting
{
    /// <summary>By UN entity code, e.g. <c>UNICEF</c>.</summary>
    public Dictionary<string, RouteEntry> Entities { get; set; } = [];

    /// <summary>By ISO 3166 alpha-2 country code, e.g. <c>KE</c>.</summary>
    public Dictionary<string, RouteEntry> Countries { get; set; } = [];

    /// <summary>By region name as used in <see cref="RoutingOptions.Regions"/>.</summary>
    public Dictionary<string, RouteEntry> Regions { get; set; } = [];

    /// <summary>Everywhere else (e.g. the headquarters team of B4).</summary>
    public RouteEntry? Default { get; set; }

    public bool IsEmpty => Entities.Count == 0 && Countries.Count == 0 && Regions.Count == 0 && Default is null;
}
