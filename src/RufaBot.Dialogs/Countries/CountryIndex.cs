using System.Collections.Frozen;
using RufaBot.Dialogs.Parsing;

namespace RufaBot.Dialogs.Countries;

// Countries indexed once by every name a person might type, in every language: "Côte d'Ivoire", "CIV",
// "ساحل العاج", "科特迪瓦", "Кот-д’Ивуар". Case, accents, Arabic vowel marks and spacing are ignored.
internal sealed partial class CountryIndex
{
    private static readonly FrozenSet<string> StopWords =
        new[] { "the", "and", "et", "of", "de", "du", "des", "la", "le", "les", "y", "el", "и" }.ToFrozenSet();

    private readonly FrozenDictionary<string, Country[]> _index;

    public CountryIndex(IReadOnlyList<Country> countries)
    {
        All = countries;
        _index = BuildIndex(countries);
    }

    public IReadOnlyList<Country> All { get; }

    public Country? ByCode(string alpha2) =>
        _index.TryGetValue(alpha2.ToLowerInvariant(), out var c) && c.Length == 1 ? c[0] : null;

    public CountryMatch Resolve(string input)
    {
        foreach (var key in Keys(input))
        {
            if (_index.TryGetValue(key, out var found))
                return found.Length == 1 ? new(found[0], found) : new(null, found);
        }
        return Fuzzy(TextFold.Squash(input));
    }

    // Full squash first ("cotedivoire"), then without small words ("thegambia" → "gambia").
    private static IEnumerable<string> Keys(string name)
    {
        var folded = TextFold.Fold(name);
        yield return folded.Replace(" ", "", StringComparison.Ordinal);
        yield return string.Concat(folded.Split(' ').Where(w => !StopWords.Contains(w)));
    }

    private static FrozenDictionary<string, Country[]> BuildIndex(IReadOnlyList<Country> countries)
    {
        var index = new Dictionary<string, HashSet<Country>>(StringComparer.Ordinal);
        foreach (var c in countries)
        {
            foreach (var name in Names(c))
            {
                foreach (var key in Keys(name))
                {
                    if (key.Length == 0) continue;
                    if (!index.TryGetValue(key, out var set)) index[key] = set = [];
                    set.Add(c);
                }
            }
        }
        return index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static IEnumerable<string> Names(Country c)
    {
        string[] names = [c.Alpha2, c.Alpha3, c.English, c.French, .. c.Names.Values, .. c.Aliases];
        foreach (var n in names)
        {
            yield return n;
            // "Bolivia (Plurinational State of)" is "Bolivia" too; Chinese writes the bracket full-width.
            var paren = n.IndexOf(" (", StringComparison.Ordinal) is var p and > 0 ? p : n.IndexOf('（', StringComparison.Ordinal);
            if (paren > 0) yield return n[..paren];
        }
    }
}
