using System.Text.Json;

namespace RufaBot.Knowledge.Loading;

/// <summary>
/// Reads the shipped content files (Knowledge/Content/*.json beside the binary). Any missing field, unknown
/// audience or duplicate id stops the start-up with the file and entry named: staff act on these answers.
/// </summary>
internal static class ContentLoader
{
    private static readonly Dictionary<string, Audience> Audiences = new(StringComparer.Ordinal)
    {
        ["all-staff"] = Audience.AllStaff,
        ["managers"] = Audience.Managers,
        ["rcs"] = Audience.Rcs,
        ["focal-points"] = Audience.FocalPoints,
    };

    public static List<KnowledgeEntry> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Knowledge content folder not found: {folder}");
        var entries = new List<KnowledgeEntry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            entries.AddRange(LoadFile(file));
        if (entries.Count == 0)
            throw new InvalidDataException($"No knowledge entries in {folder}.");
        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"Knowledge entry id '{duplicate.Key}' is used more than once.");
        return entries;
    }

    public static IEnumerable<KnowledgeEntry> LoadFile(string path)
    {
        var name = Path.GetFileName(path);
        ContentFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllText(path), KnowledgeJsonContext.Default.ContentFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name}: not valid JSON ({e.Message}).", e);
        }
        var document = file?.Document ?? throw new InvalidDataException($"{name}: 'document' is missing.");
        var documentName = Required(document.Name, name, "document.name");
        var code = Required(document.Code, name, "document.code");
        foreach (var entry in file.Entries ?? throw new InvalidDataException($"{name}: 'entries' is missing."))
        {
            var where = $"{name}, entry '{entry.Id ?? "?"}'";
            var id = Required(entry.Id, where, "id");
            var audience = (entry.Audience ?? []).Select(a => Audiences.TryGetValue(a, out var value) ? value
                : throw new InvalidDataException($"{where}: unknown audience '{a}'.")).ToList();
            if (audience.Count == 0)
                throw new InvalidDataException($"{where}: 'audience' is empty.");
            var citation = new Citation(documentName, document.Date, Required(entry.Item, where, "item"),
                Required(entry.Ref, where, "ref"), id);
            if (!citation.Ref.StartsWith(code + " ", StringComparison.Ordinal))
                throw new InvalidDataException($"{where}: ref '{citation.Ref}' must start with the document code '{code}'.");
            yield return new KnowledgeEntry(id, Required(entry.Title, where, "title"), Required(entry.Body, where, "body"),
                citation, entry.Tags ?? [], audience, IsAdminDocument: false,
                entry.TitleFr, entry.BodyFr, entry.TagsFr, document.Guidance ? EntryKind.Guidance : EntryKind.Summary);
        }
    }

    private static string Required(string? value, string where, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{where}: '{field}' is required.") : value.Trim();
}
