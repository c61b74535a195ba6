using System.Collections.Frozen;
using System.Reflection;
using RufaBot.Dialogs.Parsing;

namespace RufaBot.Dialogs.Countries;

// The ISO 3166-1 list embedded in the engine, indexed once by every name a person might type.
internal static partial class CountryList
{
    private static readonly FrozenSet<string> StopWords =
        new[] { "the", "and", "et", "of", "de", "du", "des", "la", "le", "les" }.ToFrozenSet();

    public static IReadOnlyList<Country> All { get; } = Read();

    private static readonly FrozenDictionary<string, Country[]> Index = BuildIndex();

    public static Country? ByCode(string alpha2) =>
        Index.TryGetValue(alpha2.ToLowerInvariant(), out var c) && c.Length == 1 ? c[0] : null;

    public static CountryMatch Resolve(string input)
    {
        foreach (var key in Keys(input))
        {
            if (Index.TryGetValue(key, out var found))
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

    private static FrozenDictionary<string, Country[]> BuildIndex()
    {
        var index = new Dictionary<string, HashSet<Country>>(StringComparer.Ordinal);
        foreach (var c in All)
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
        string[] names = [c.Alpha2, c.Alpha3, c.English, c.French, .. c.Aliases];
        foreach (var n in names)
        {
            yield return n;
            var paren = n.IndexOf(" (", StringComparison.Ordinal);
            if (paren > 0) yield return n[..paren];
        }
    }

    private static List<Country> Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RufaBot.Dialogs.countries.txt")
            ?? throw new InvalidOperationException("The embedded country list is missing.");
        using var reader = new StreamReader(stream);
        var list = new List<Country>(256);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('|');
            list.Add(new Country(f[0], f[1], f[2], f[3], f[4].Split(';', StringSplitOptions.RemoveEmptyEntries)));
        }
        return list;
    }
}
