using System.Text.Json;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Loading;

// Reads dialogs/strings/<language>.json and, for features that keep their texts apart, <area>.<language>.json: flat
// objects of text values or word lists, merged per language (a key defined in two files of one language is an error).
// Adding a language is adding a file; English is required and is every other language's fallback.
internal static class StringsLoader
{
    public const string Folder = "strings";

    public static StringCatalog? Load(string dialogsFolder, SchemaValidator? schema, Problems problems)
    {
        var folder = Path.Combine(dialogsFolder, Folder);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json")
            .OrderBy(f => Path.GetFileNameWithoutExtension(f).Contains('.')) // each language's main table first
            .ThenBy(f => f, StringComparer.Ordinal).ToList() : [];
        var defaultFile = $"{Folder}/{StringCatalog.DefaultLanguage}.json";
        if (!files.Any(f => Path.GetFileName(f) == StringCatalog.DefaultLanguage + ".json"))
        {
            problems.Add(defaultFile, "$", "the English string table is missing; it is required as every language's fallback");
            return null;
        }

        var raw = new Dictionary<string, (Dictionary<string, string> Texts, Dictionary<string, IReadOnlyList<string>> Words)>();
        var definedIn = new Dictionary<(string Language, string Key), string>();
        foreach (var path in files)
        {
            var file = $"{Folder}/{Path.GetFileName(path)}";
            if (Read(path, file, schema, problems) is not { } table) continue;
            var language = LanguageOf(path);
            if (!raw.TryGetValue(language, out var merged))
                raw[language] = merged = (new Dictionary<string, string>(StringComparer.Ordinal), new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal));
            foreach (var key in table.Item1.Keys.Concat(table.Item2.Keys))
            {
                if (definedIn.TryGetValue((language, key), out var first))
                    problems.Add(file, JsonPaths.Property("$", key), $"'{key}' is already defined in {first}");
                else
                    definedIn[(language, key)] = file;
            }
            foreach (var (key, text) in table.Item1) merged.Texts.TryAdd(key, text);
            foreach (var (key, words) in table.Item2) merged.Words.TryAdd(key, words);
        }
        if (!raw.TryGetValue(StringCatalog.DefaultLanguage, out var en)) return null;

        var english = new StringTable(StringCatalog.DefaultLanguage, en.Texts, en.Words, null);
        var tables = new Dictionary<string, StringTable> { [english.Language] = english };
        foreach (var (language, t) in raw)
        {
            if (language != english.Language) tables[language] = new StringTable(language, t.Texts, t.Words, english);
        }
        return new StringCatalog(tables);
    }

    // "en.json" and "induction.en.json" are both English.
    private static string LanguageOf(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return name[(name.LastIndexOf('.') + 1)..];
    }

    private static (Dictionary<string, string>, Dictionary<string, IReadOnlyList<string>>)? Read(
        string path, string file, SchemaValidator? schema, Problems problems)
    {
        using var doc = FlowLoader.Parse(path, file, problems);
        if (doc is null || (schema is not null && !schema.Validate(doc.RootElement, file, problems))) return null;
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            problems.Add(file, "$", "a string table must be a JSON object of key to text");
            return null;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.Name == "$schema") continue;
            switch (p.Value.ValueKind)
            {
                case JsonValueKind.String:
                    texts[p.Name] = p.Value.GetString()!;
                    break;
                case JsonValueKind.Array when p.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String):
                    words[p.Name] = [.. p.Value.EnumerateArray().Select(e => e.GetString()!)];
                    if (words[p.Name].Any(w => w.Length > FlowCatalog.LongestWords))
                        problems.Add(file, JsonPaths.Property("$", p.Name), $"a word or phrase is at most {FlowCatalog.LongestWords} characters long");
                    break;
                default:
                    problems.Add(file, JsonPaths.Property("$", p.Name), "must be a text or an array of words");
                    break;
            }
        }
        return (texts, words);
    }
}
