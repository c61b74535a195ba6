namespace RufaBot.Dialogs.Countries;

internal sealed partial class CountryIndex
{
    // One typo allowed in names of 5+ letters, two in 9+: "Camerron", "Afganistan".
    private CountryMatch Fuzzy(string key)
    {
        if (key.Length < 5) return new(null, []);
        var budget = key.Length >= 9 ? 2 : 1;
        var best = int.MaxValue;
        var found = new HashSet<Country>();
        foreach (var (name, countries) in _index)
        {
            if (name.Length < 4 || Math.Abs(name.Length - key.Length) > budget) continue;
            var d = Distance(key, name, budget);
            if (d > budget || d > best) continue;
            if (d < best) { best = d; found.Clear(); }
            found.UnionWith(countries);
        }
        return found.Count == 1 ? new(found.First(), [.. found]) : new(null, [.. found]);
    }

    // Levenshtein distance, giving up once it exceeds the budget.
    private static int Distance(string a, string b, int budget)
    {
        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                rowMin = Math.Min(rowMin, cur[j]);
            }
            if (rowMin > budget) return rowMin;
            var swap = prev; prev = cur; cur = swap;
        }
        return prev[b.Length];
    }
}
