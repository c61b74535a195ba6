using System.Text.RegularExpressions;
using RufaBot.Concerns;
using RufaBot.Escalation.Routing;

namespace RufaBot.Escalation.Registration;

/// <summary>
/// The route a registration command names: <c>B1 country KE</c>, <c>B3 region east-africa</c>, <c>B1 entity UNICEF</c>
/// or <c>B4 default</c>. Keys are normalised as the router compares them.
/// </summary>
internal sealed partial record RegistrationTarget(EscalationTier Tier, RouteScope Scope, string ScopeKey)
{
    public static RegistrationTarget? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !Enum.TryParse<EscalationTier>(match.Groups["tier"].Value, ignoreCase: true, out var tier))
            return null;
        var key = match.Groups["key"].Value;
        return match.Groups["scope"].Value.ToLowerInvariant() switch
        {
            "country" when key.Length == 2 && key.All(char.IsAsciiLetter) => new(tier, RouteScope.Country, Normalise(RouteScope.Country, key)),
            "region" when key.Length > 0 => new(tier, RouteScope.Region, Normalise(RouteScope.Region, key)),
            "entity" when key.Length > 0 => new(tier, RouteScope.Entity, Normalise(RouteScope.Entity, key)),
            "default" when key.Length == 0 => new(tier, RouteScope.Default, ""),
            _ => null,
        };
    }

    public static string Normalise(RouteScope scope, string key) =>
        scope == RouteScope.Region ? key.Trim().ToLowerInvariant() : key.Trim().ToUpperInvariant();

    public override string ToString() => Scope == RouteScope.Default ? $"{Tier} default" : $"{Tier} {Scope.ToString().ToLowerInvariant()} {ScopeKey}";

    [GeneratedRegex(@"^(?<tier>B[0-4])\s+(?<scope>country|region|entity|default)(?:\s+(?<key>[\w.-]{1,64}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
