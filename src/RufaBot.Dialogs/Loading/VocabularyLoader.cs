using System.Reflection;
using System.Text.Json;
using RufaBot.Dialogs.Parsing;

namespace RufaBot.Dialogs.Loading;

// Reads the embedded Vocabulary/<lang>.json files into LanguageWords, every word folded as input is.
internal static class VocabularyLoader
{
    private const string ResourcePrefix = "RufaBot.Dialogs.Vocabulary.";

    public static IReadOnlyList<LanguageWords> LoadEmbedded()
    {
        var assembly = typeof(VocabularyLoader).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Read(assembly, n))];
    }

    private static LanguageWords Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        return new LanguageWords
        {
            Language = root.GetProperty("language").GetString()!,
            DecimalComma = root.GetProperty("decimalComma").GetBoolean(),
            DaysBack = root.GetProperty("daysBack").EnumerateObject()
                .SelectMany(p => Strings(p.Value).Select(w => (w, int.Parse(p.Name, System.Globalization.CultureInfo.InvariantCulture))))
                .DistinctBy(p => p.w).ToDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal),
            Fillers = Strings(root.GetProperty("fillers")),
            Last = Strings(root.GetProperty("last")),
            This = Strings(root.GetProperty("this")),
            AgoBefore = [.. Strings(root.GetProperty("agoBefore")).Select(w => w.Split(' '))],
            AgoAfter = [.. Strings(root.GetProperty("agoAfter")).Select(w => w.Split(' '))],
            Numbers = root.GetProperty("numbers").EnumerateObject()
                .DistinctBy(p => TextFold.Fold(p.Name)).ToDictionary(p => TextFold.Fold(p.Name), p => p.Value.GetInt32(), StringComparer.Ordinal),
            Units = UnitWords(root.GetProperty("units")),
            Pairs = UnitWords(root.GetProperty("pairs")),
            YearMarkers = Strings(root.GetProperty("yearMarkers")),
            Months = [.. root.GetProperty("months").EnumerateArray().Select(m => Strings(m).ToArray())],
            Weekdays = [.. root.GetProperty("weekdays").EnumerateArray().Select(d => Strings(d).ToArray())],
            CriesForHelp = Strings(root.GetProperty("criesForHelp")),
        };
    }

    private static List<string> Strings(JsonElement array) =>
        [.. array.EnumerateArray().Select(e => TextFold.Fold(e.GetString()!)).Where(w => w.Length > 0).Distinct()];

    private static Dictionary<string, char> UnitWords(JsonElement units)
    {
        var map = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var unit in units.EnumerateObject())
            foreach (var word in Strings(unit.Value))
                map.TryAdd(word, unit.Name[0]);
        return map;
    }
}
