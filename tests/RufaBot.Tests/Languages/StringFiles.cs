using System.Text.Json;
using RufaBot.Testing;

namespace RufaBot.Tests.Languages;

/// <summary>
/// The string files of the repository, by family (<c>en.json</c>'s main family is "", <c>escalation.en.json</c>'s is
/// "escalation") and language, read as key → JSON value (a text or a word list), and the translators' glossaries.
/// </summary>
internal static class StringFiles
{
    public static readonly string[] Translated = ["fr", "ar", "zh", "ru", "es"];

    public static string Folder => RepoPaths.Combine("dialogs", "strings");

    /// <summary>Every family that has an English file.</summary>
    public static IReadOnlyList<string> Families() =>
        [.. Directory.GetFiles(Folder, "*.json").Select(Path.GetFileNameWithoutExtension)
            .Where(n => n == "en" || n!.EndsWith(".en", StringComparison.Ordinal))
            .Select(n => n == "en" ? "" : n![..^3]).Order(StringComparer.Ordinal)];

    public static string PathOf(string family, string language) =>
        Path.Combine(Folder, (family.Length == 0 ? "" : family + ".") + language + ".json");

    /// <summary>The file's keys and values in file order; null when the file does not exist.</summary>
    public static IReadOnlyList<(string Key, JsonElement Value)>? Read(string family, string language)
    {
        var path = PathOf(family, language);
        if (!File.Exists(path))
            return null;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.EnumerateObject().Where(p => p.Name != "$schema").Select(p => (p.Name, p.Value.Clone()))];
    }

    /// <summary>Every text of a value: the text itself, or each word of a list.</summary>
    public static IEnumerable<string> Texts(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(w => w.GetString() ?? "") : [value.GetString() ?? ""];

    public static string GlossaryPath(string language) => RepoPaths.Combine("dialogs", "glossary", $"{language}.json");

    public sealed record Term(string Id, string English, IReadOnlyList<string> Forms, IReadOnlyList<string> Variants);

    public static IReadOnlyList<Term>? Glossary(string language)
    {
        var path = GlossaryPath(language);
        if (!File.Exists(path))
            return null;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.GetProperty("terms").EnumerateObject().Select(t => new Term(t.Name, t.Value.GetProperty("en").GetString()!,
            [.. t.Value.GetProperty("forms").EnumerateArray().Select(f => f.GetString()!)],
            [.. t.Value.TryGetProperty("variants", out var v) ? v.EnumerateArray().Select(f => f.GetString()!) : []]))];
    }

    /// <summary>The knowledge base's translation into <paramref name="language"/>: every title, body and tag; empty when none.</summary>
    public static IEnumerable<(string Where, string Text)> KnowledgeTexts(string language)
    {
        var path = RepoPaths.Combine("src", "RufaBot", "Knowledge", "Content", "translations", language + ".json");
        if (!File.Exists(path))
            yield break;
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var entry in doc.RootElement.GetProperty("entries").EnumerateObject())
            foreach (var field in entry.Value.EnumerateObject())
                foreach (var text in Texts(field.Value))
                    yield return ($"translations/{language}.json {entry.Name}.{field.Name}", text);
    }
}
