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
    /// <summary>
    /// Reads "B1 country KE", "B1 страна KE", "B1 国家 KE": the tier, a scope word of any language
    /// (<paramref name="scopeWords"/>, from the routing.words.scope.* strings) and the key. Tiers and keys are written
    /// alike in every language.
    /// </summary>
    public static RegistrationTarget? Parse(string text, IEnumerable<(string Word, RouteScope Scope)> scopeWords)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !Enum.TryParse<EscalationTier>(match.Groups["tier"].Value, ignoreCase: true, out var tier))
            return null;
        var rest = match.Groups["rest"].Value;
        foreach (var (word, scope) in scopeWords.Where(w => w.Word.Length > 0).OrderByDescending(w => w.Word.Length))
        {
            if (!rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                continue;
            var after = rest[word.Length..];
            // A scope word ends at a space, unless it is Chinese, which needs none ("国家KE").
            if (after.Length > 0 && !char.IsWhiteSpace(after[0]) && word[^1] < '\u2E80')
                continue;
            var key = after.Trim();
            if (key.Length > 0 && !Key().IsMatch(key))
                return null;
            return scope switch
            {
                RouteScope.Country when key.Length == 2 && key.All(char.IsAsciiLetter) => new(tier, scope, Normalise(scope, key)),
                RouteScope.Region or RouteScope.Entity when key.Length > 0 => new(tier, scope, Normalise(scope, key)),
                RouteScope.Default when key.Length == 0 => new(tier, scope, ""),
                _ => null,
            };
        }
        return null;
    }

    public static string Normalise(RouteScope scope, string key) =>
        scope == RouteScope.Region ? key.Trim().ToLowerInvariant() : key.Trim().ToUpperInvariant();

    public override string ToString() => Scope == RouteScope.Default ? $"{Tier} default" : $"{Tier} {Scope.ToString().ToLowerInvariant()} {ScopeKey}";

    [GeneratedRegex(@"^(?<tier>B[0-4])\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^[\w.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex Key();
}
