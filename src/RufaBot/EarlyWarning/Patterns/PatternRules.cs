using System.Security.Cryptography;
using System.Text;
using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;

namespace RufaBot.EarlyWarning.Patterns;

/// <summary>Which early-warning rule a pattern crossed.</summary>
internal enum PatternRule
{
    /// <summary>Several concerns share a Framework of Analysis risk factor within the window.</summary>
    SharedRiskFactors,

    /// <summary>The mean severity of the window rose over the previous window.</summary>
    SeverityRise,

    /// <summary>Several entities report the same place within the window.</summary>
    SamePlace,
}

/// <summary>
/// A crossed threshold in one country: the concerns it spans and what they share. <see cref="Key"/> names the pattern
/// (country and rule, and for a place its first concern, never the place), <see cref="Signature"/> changes whenever the
/// concerns or the factors do, so each pattern is alerted once until it changes.
/// </summary>
internal sealed record DetectedPattern(string Key, string CountryCode, PatternRule Rule, IReadOnlyList<Concern> Concerns,
    IReadOnlyList<RiskFactor> RiskFactors, string Signature)
{
    public DateTimeOffset From => Concerns.Min(c => c.CreatedAt);

    public DateTimeOffset To => Concerns.Max(c => c.CreatedAt);

    public IReadOnlyList<(ConcernCategory Category, int Count)> Categories =>
        [.. Concerns.SelectMany(c => c.Categories).GroupBy(c => c).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key)];
}

/// <summary>The rules, on the concerns of one country: pure, so the thresholds are tested without a database.</summary>
internal static class PatternRules
{
    public static IReadOnlyList<DetectedPattern> Detect(string countryCode, IReadOnlyList<Concern> concerns, PatternOptions settings, DateTimeOffset now)
    {
        var windowStart = now.AddDays(-settings.WindowDays);
        var recent = concerns.Where(c => c.CreatedAt >= windowStart && c.CreatedAt <= now).OrderBy(c => c.Id).ToList();
        var previous = concerns.Where(c => c.CreatedAt >= windowStart.AddDays(-settings.WindowDays) && c.CreatedAt < windowStart).ToList();
        var found = new List<DetectedPattern>();

        var shared = recent.SelectMany(c => c.RiskFactors).GroupBy(f => f).Where(g => g.Count() >= settings.SharedRiskFactorCount)
            .Select(g => g.Key).Order().ToList();
        if (shared.Count > 0)
        {
            var members = recent.Where(c => c.RiskFactors.Any(shared.Contains)).ToList();
            found.Add(Pattern($"{countryCode}:risk-factors", countryCode, PatternRule.SharedRiskFactors, members, shared));
        }

        if (recent.Count >= settings.SeverityRiseMinimum && previous.Count > 0
            && recent.Average(c => (int)c.Severity) - previous.Average(c => (int)c.Severity) >= settings.SeverityRise)
            found.Add(Pattern($"{countryCode}:severity", countryCode, PatternRule.SeverityRise, recent, []));

        foreach (var place in recent.Where(c => !string.IsNullOrWhiteSpace(c.Place)).GroupBy(c => Normalise(c.Place!)))
        {
            var members = place.ToList();
            if (members.Select(c => c.Entity?.Trim().ToUpperInvariant()).Where(e => e is { Length: > 0 }).Distinct().Count() >= settings.SamePlaceEntities)
                found.Add(Pattern($"{countryCode}:place:{members[0].Id:N}", countryCode, PatternRule.SamePlace, members, []));
        }
        return found;
    }

    private static DetectedPattern Pattern(string key, string country, PatternRule rule, List<Concern> members, IReadOnlyList<RiskFactor> factors)
    {
        var basis = string.Join(",", members.Select(c => c.Id.ToString("N")).Order()) + "|" + string.Join(",", factors);
        var signature = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..32];
        return new DetectedPattern(key, country, rule, members, factors, signature);
    }

    private static string Normalise(string place) => string.Join(' ', place.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
