using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;

namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// How alike two concerns are, from 0 to 1: only concerns of the same country are compared; then the dates of the
/// events, the shared categories, the shared Framework of Analysis risk factors and the words of the narratives. The
/// narratives are compared here, in memory, and nothing derived from them is kept: only the score is stored.
/// </summary>
internal static class RelationScorer
{
    private const double DateWeight = 0.2, CategoryWeight = 0.25, RiskFactorWeight = 0.25, NarrativeWeight = 0.3;

    // Words that say nothing about what happened; the rest are compared as a bag of words.
    private static readonly HashSet<string> Common = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "that", "this", "from", "were", "was", "are", "have", "has", "had", "they", "their", "there",
        "been", "into", "after", "before", "about", "les", "des", "une", "dans", "pour", "avec", "que", "qui", "sur", "par", "est", "ont",
    };

    public static double Score(Concern a, Concern b, int dateWindowDays) => Score(RelationProfile.Of(a), RelationProfile.Of(b), dateWindowDays);

    public static double Score(RelationProfile a, RelationProfile b, int dateWindowDays)
    {
        if (a.CountryCode is null || !string.Equals(a.CountryCode, b.CountryCode, StringComparison.OrdinalIgnoreCase))
            return 0;
        return DateWeight * Dates(a.When, b.When, dateWindowDays)
            + CategoryWeight * Overlap(a.Categories, b.Categories)
            + RiskFactorWeight * Overlap(a.RiskFactors, b.RiskFactors)
            + NarrativeWeight * Cosine(a.Words, b.Words);
    }

    // An unknown date neither joins nor separates two concerns.
    private static double Dates(DateOnly? a, DateOnly? b, int windowDays) => a is { } x && b is { } y
        ? Math.Abs(x.DayNumber - y.DayNumber) <= windowDays ? 1 : 0
        : 0.5;

    /// <summary>Jaccard: what both share over what either has.</summary>
    public static double Overlap<T>(IReadOnlyCollection<T> a, IReadOnlyCollection<T> b)
    {
        if (a.Count == 0 || b.Count == 0)
            return 0;
        var union = a.Union(b).Count();
        return (double)a.Intersect(b).Count() / union;
    }

    /// <summary>Cosine similarity of the two narratives' word counts.</summary>
    public static double Narrative(string a, string b) => Cosine(Words(a), Words(b));

    private static double Cosine(Dictionary<string, int> x, Dictionary<string, int> y)
    {
        if (x.Count == 0 || y.Count == 0)
            return 0;
        double dot = x.Sum(w => y.TryGetValue(w.Key, out var n) ? w.Value * n : 0);
        return dot / (Math.Sqrt(x.Values.Sum(v => (double)v * v)) * Math.Sqrt(y.Values.Sum(v => (double)v * v)));
    }

    internal static Dictionary<string, int> Words(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.ToLowerInvariant().SplitWhere(c => !char.IsLetter(c)))
            if (word.Length >= 3 && !Common.Contains(word))
                counts[word] = counts.GetValueOrDefault(word) + 1;
        return counts;
    }

    private static string[] SplitWhere(this string text, Func<char, bool> separator)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isSeparator = i == text.Length || separator(text[i]);
            if (!isSeparator && start < 0)
                start = i;
            else if (isSeparator && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return [.. words];
    }
}

/// <summary>
/// What the comparison reads of a concern, and nothing more: no participants, no reporter, no trail. The narrative's
/// word counts are worked out once per comparison round and dropped with it.
/// </summary>
internal sealed record RelationProfile(Guid Id, string? CountryCode, DateOnly? When, IReadOnlyList<ConcernCategory> Categories,
    IReadOnlyList<RiskFactor> RiskFactors, string Description)
{
    private Dictionary<string, int>? _words;

    public Dictionary<string, int> Words => _words ??= RelationScorer.Words(Description);

    public static RelationProfile Of(Concern c) => new(c.Id, c.CountryCode, c.When, c.Categories, c.RiskFactors, c.Description);
}
