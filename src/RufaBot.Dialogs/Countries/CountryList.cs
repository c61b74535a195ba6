using System.Reflection;

namespace RufaBot.Dialogs.Countries;

// The ISO 3166-1 list embedded in the engine (countries.txt), with the names of other languages from
// countries.<lang>.txt (`alpha2|name|aliases;...`); a missing file or row leaves the English name.
internal static class CountryList
{
    private static readonly CountryIndex Embedded = new(Read());

    public static IReadOnlyList<Country> All => Embedded.All;

    public static Country? ByCode(string alpha2) => Embedded.ByCode(alpha2);

    public static CountryMatch Resolve(string input) => Embedded.Resolve(input);

    private static List<Country> Read()
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("RufaBot.Dialogs.countries.txt")
            ?? throw new InvalidOperationException("The embedded country list is missing.");
        using var reader = new StreamReader(stream);
        var translations = new Dictionary<string, TextReader>(StringComparer.Ordinal);
        try
        {
            foreach (var resource in assembly.GetManifestResourceNames())
            {
                var parts = resource.Split('.');
                // RufaBot.Dialogs.countries.<lang>.txt
                if (parts is [_, _, "countries", var language, "txt"])
                    translations[language] = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            }
            return Parse(reader, translations);
        }
        finally
        {
            foreach (var t in translations.Values) t.Dispose();
        }
    }

    // The English/French list, then each language's names and aliases joined to it by alpha-2 code.
    internal static List<Country> Parse(TextReader english, IReadOnlyDictionary<string, TextReader> translations)
    {
        var names = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var aliases = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, reader) in translations)
        {
            foreach (var f in Rows(reader))
            {
                if (f.Length < 2 || string.IsNullOrWhiteSpace(f[1])) continue;
                if (!names.TryGetValue(f[0], out var byLanguage)) names[f[0]] = byLanguage = new(StringComparer.Ordinal);
                byLanguage[language] = f[1].Trim();
                if (!aliases.TryGetValue(f[0], out var more)) aliases[f[0]] = more = [];
                more.AddRange(f.Length > 2 ? f[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []);
            }
        }

        var list = new List<Country>(256);
        foreach (var f in Rows(english))
        {
            list.Add(new Country(f[0], f[1], f[2], f[3],
                [.. f[4].Split(';', StringSplitOptions.RemoveEmptyEntries), .. aliases.GetValueOrDefault(f[0]) ?? []],
                names.GetValueOrDefault(f[0]) ?? new Dictionary<string, string>()));
        }
        return list;
    }

    private static IEnumerable<string[]> Rows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('|');
        }
    }
}
