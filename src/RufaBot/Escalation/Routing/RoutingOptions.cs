namespace RufaBot.Escalation.Routing;

/// <summary>
/// <c>Escalation:Routing</c> (appsettings, or <c>routing.json</c> next to the app): the focal points of each tier
/// (<c>B0</c>–<c>B4</c>), the country → region map, and each entity's headquarters focal point (the last resort when
/// everyone of a route is implicated). Checked at start-up by <see cref="RoutingOptionsValidator"/>.
/// </summary>
internal sealed class RoutingOptions
{
    public const string Section = "Escalation:Routing";

    /// <summary>Country code → region name, e.g. <c>"KE": "east-africa"</c>.</summary>
    public Dictionary<string, string> Regions { get; set; } = [];

    /// <summary>Tier name (<c>B0</c>…<c>B4</c>) → its routes.</summary>
    public Dictionary<string, TierRouting> Tiers { get; set; } = [];

    /// <summary>Entity code → the entity's headquarters focal point.</summary>
    public Dictionary<string, RouteEntry> EntityHeadquarters { get; set; } = [];

    /// <summary>How long routing registrations made in chat are cached before the database is read again.</summary>
    public TimeSpan RegistrationCacheDuration { get; set; } = TimeSpan.FromSeconds(30);
}
