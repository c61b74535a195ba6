namespace RufaBot.Knowledge.Retrieval;

/// <summary>
/// Mends a mistyped word to the nearest word of the knowledge base's own text: one edit for words of up to six
/// letters, two beyond (an edit is a letter added, dropped, changed, or two swapped); among equals, the word the
/// text uses most. Words that are in the text, short words and numbers are left alone. Read-only once built.
/// </summary>
internal sealed class SpellingCorrector
{
    private const int MinLength = 4;
    private readonly Dictionary<string, int> _counts;
    private readonly Lazy<Dictionary<string, string[]>> _deletes;

    private readonly Func<string, bool> _minor;

    /// <param name="minor">Words offered only when nothing else is as near (stop words: "mony" is "money", not "many").</param>
    public SpellingCorrector(IEnumerable<string> words, Func<string, bool> minor)
    {
        _minor = minor;
        _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in words)
            if (word.Length >= MinLength && word.All(char.IsAsciiLetter))
                _counts[word] = _counts.GetValueOrDefault(word) + 1;
        _deletes = new(BuildDeletes);
    }

    public bool Knows(string word) => _counts.ContainsKey(word);

    /// <summary>The word as the text spells it, or null when it is fine as it is or nothing is near enough.</summary>
    public string? Correct(string word)
    {
        if (word.Length < MinLength || !word.All(char.IsAsciiLetter) || _counts.ContainsKey(word))
            return null;
        var allowed = word.Length <= 6 ? 1 : 2;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
            rows[r] = new int[word.Length + allowed + 2];
        string? best = null;
        int bestDistance = allowed + 1, bestCount = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in Deletes(word, allowed))
        {
            if (!_deletes.Value.TryGetValue(key, out var candidates))
                continue;
            foreach (var candidate in candidates)
            {
                if (!seen.Add(candidate))
                    continue;
                var distance = Distance(word, candidate, bestDistance, rows);
                // A stop word ranks below every content word at the same distance.
                var count = _minor(candidate) ? 0 : _counts[candidate];
                if (distance < bestDistance || (distance == bestDistance && (best is null || count > bestCount)))
                    (best, bestDistance, bestCount) = (candidate, distance, count);
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>
    /// Every word of the text under each of its forms with up to two letters deleted: two words within two edits
    /// share such a form, so a lookup finds the few candidates without measuring the whole vocabulary (SymSpell).
    /// Built on the first mistyped word.
    /// </summary>
    private Dictionary<string, string[]> BuildDeletes()
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var word in _counts.Keys)
            foreach (var key in Deletes(word, 2))
            {
                if (!map.TryGetValue(key, out var list))
                    map[key] = list = [];
                list.Add(word);
            }
        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static HashSet<string> Deletes(string word, int depth)
    {
        var all = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var d = 0; d < depth; d++)
        {
            var next = new List<string>();
            foreach (var w in frontier)
                for (var i = 0; i < w.Length && w.Length > 1; i++)
                {
                    var shorter = w.Remove(i, 1);
                    if (all.Add(shorter))
                        next.Add(shorter);
                }
            frontier = next;
        }
        return all;
    }

    /// <summary>Optimal string alignment distance, given up once it exceeds <paramref name="limit"/>.</summary>
    internal static int Distance(string a, string b, int limit) =>
        Distance(a, b, limit, [new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]]);

    private static int Distance(string a, string b, int limit, int[][] rows)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var (previous2, previous, current) = (rows[0], rows[1], rows[2]);
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit)
                return limit + 1;
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
