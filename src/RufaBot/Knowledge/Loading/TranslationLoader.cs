using System.Text.Json;

namespace RufaBot.Knowledge.Loading;

/// <summary>
/// Reads Content/translations/&lt;lang&gt;.json: {"language":"ar","entries":{"&lt;id&gt;":{"title","body","tags"}}}. A file
/// naming another language than its name, an entry id that does not exist or an entry without a title stops the
/// start-up with the file and id named; a missing folder, file or entry only means fewer translations.
/// </summary>
internal static class TranslationLoader
{
    public const string FolderName = "translations";

    /// <summary>Translations by entry id, then by language.</summary>
    public static Dictionary<string, Dictionary<string, EntryTranslation>> LoadFolder(string folder, IReadOnlySet<string> ids)
    {
        var byId = new Dictionary<string, Dictionary<string, EntryTranslation>>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
            return byId;
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileNameWithoutExtension(path);
            foreach (var (id, translation) in LoadFile(path, language, ids))
            {
                if (!byId.TryGetValue(id, out var languages))
                    byId[id] = languages = new Dictionary<string, EntryTranslation>(StringComparer.Ordinal);
                languages[language] = translation;
            }
        }
        return byId;
    }

    private static IEnumerable<(string Id, EntryTranslation Translation)> LoadFile(string path, string language, IReadOnlySet<string> ids)
    {
        var name = FolderName + "/" + Path.GetFileName(path);
        TranslationFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllText(path), KnowledgeJsonContext.Default.TranslationFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: not valid JSON ({e.Message}).", e);
        }
        if (!string.Equals(file?.Language, language, StringComparison.Ordinal))
            throw new InvalidDataException($"{name}: 'language' must be '{language}', as the file is named.");
        foreach (var (id, entry) in file!.Entries ?? [])
        {
            if (!ids.Contains(id))
                throw new InvalidDataException($"{name}: entry '{id}' does not exist in the content files.");
            if (string.IsNullOrWhiteSpace(entry.Title))
                throw new InvalidDataException($"{name}, entry '{id}': 'title' is required.");
            var body = string.IsNullOrWhiteSpace(entry.Body) ? null : entry.Body.Trim();
            yield return (id, new EntryTranslation(entry.Title.Trim(), body, [.. (entry.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t))]));
        }
    }
}
