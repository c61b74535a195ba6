using System.Text.Json;
using RufaBot.Knowledge.Seeds;

namespace RufaBot.Knowledge.Loading;

/// <summary>
/// Reads the curated entries (Knowledge/Content/*.json beside the binary). A missing field, an unknown kind or
/// audience, a duplicate id or a citation of a source passage that does not exist stops the start-up with the
/// file and entry named: staff act on these answers.
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

    public static List<KnowledgeEntry> LoadFolder(string folder, SeedLibrary seeds)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"Knowledge content folder not found: {folder}");
        var entries = new List<KnowledgeEntry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
            entries.AddRange(LoadFile(file, seeds));
        if (entries.Count == 0)
            throw new InvalidDataException($"No knowledge entries in {folder}.");
        var duplicate = entries.GroupBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidDataException($"Knowledge entry id '{duplicate.Key}' is used more than once.");
        var translations = TranslationLoader.LoadFolder(Path.Combine(folder, TranslationLoader.FolderName), entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal));
        // A guidance entry's citation item is its own wording, not a passage's: its translated title stands for it.
        return [.. entries.Select(e => translations.TryGetValue(e.Id, out var t)
            ? e with
            {
                Translations = t,
                Citation = e.Kind == EntryKind.Guidance ? e.Citation with { ItemIn = t.ToDictionary(p => p.Key, p => p.Value.Title, StringComparer.Ordinal) } : e.Citation,
            }
            : e)];
    }

    public static IEnumerable<KnowledgeEntry> LoadFile(string path, SeedLibrary seeds)
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
        var code = Required(document.Code, name, "document.code");
        var kind = Required(document.Kind, name, "document.kind") switch
        {
            "summary" => EntryKind.Summary,
            "guidance" => EntryKind.Guidance,
            var other => throw new InvalidDataException($"{name}: document.kind '{other}' must be 'summary' or 'guidance'."),
        };
        foreach (var entry in file.Entries ?? throw new InvalidDataException($"{name}: 'entries' is missing."))
        {
            var where = $"{name}, entry '{entry.Id ?? "?"}'";
            var id = Required(entry.Id, where, "id");
            var audience = (entry.Audience ?? []).Select(a => Audiences.TryGetValue(a, out var value) ? value
                : throw new InvalidDataException($"{where}: unknown audience '{a}'.")).ToList();
            if (audience.Count == 0)
                throw new InvalidDataException($"{where}: 'audience' is empty.");
            var cited = (entry.Cites ?? []).Select(r => seeds.Find(r)
                ?? throw new InvalidDataException($"{where}: cites '{r}', which is no passage of the source documents.")).ToList();
            Citation citation;
            if (kind == EntryKind.Summary)
            {
                if (cited.Count == 0)
                    throw new InvalidDataException($"{where}: a summary must cite the source passages it explains ('cites').");
                if (entry.Ref is not null || entry.Item is not null)
                    throw new InvalidDataException($"{where}: a summary takes its citation from 'cites'; remove 'ref' and 'item'.");
                citation = Combined(cited, seeds, id);
            }
            else
            {
                var documentName = Required(document.Name, name, "document.name");
                var item = Required(entry.Item, where, "item");
                citation = new Citation(documentName, document.Date, item, Required(entry.Ref, where, "ref"), id, Cited: [new CitedDocument(code, "", [item])]);
                if (!citation.Ref.StartsWith(code + " ", StringComparison.Ordinal))
                    throw new InvalidDataException($"{where}: ref '{citation.Ref}' must start with the document code '{code}'.");
            }
            yield return new KnowledgeEntry(id, Required(entry.Title, where, "title"), Required(entry.Body, where, "body"),
                citation, entry.Tags ?? [], audience, IsAdminDocument: false, Translations: null,
                kind, [.. cited.Select(p => p.Ref)]);
        }
    }

    /// <summary>
    /// One citation for the passages a summary explains, in the order given: "Detailed Action Plan (March 2014),
    /// items 2.2 and 2.3"; passages of several documents are joined with "; ".
    /// </summary>
    internal static Citation Combined(IReadOnlyList<SeedPassage> passages, SeedLibrary seeds, string entryId)
    {
        var first = seeds.CitationOf(passages[0]);
        if (passages.Count == 1)
            return first with { EntryId = entryId };
        var parts = passages.GroupBy(p => p.Code).Select(g =>
        {
            var document = seeds.Document(g.Key);
            return $"{document.Name} ({document.Date}), {Items(g.Select(p => p.Item).ToList())}";
        }).ToList();
        // Label is Document (Date), Item: the whole joined text goes in Item, the document is the first one's.
        var label = string.Join("; ", parts);
        var head = $"{first.Document} ({first.Date}), ";
        // One link for one document; passages of several documents have no single address.
        var cited = passages.GroupBy(p => p.Code).Select(g => new CitedDocument(g.Key, seeds.Document(g.Key).Issued, [.. g.Select(p => p.Item)])).ToList();
        return first with { Item = label[head.Length..], EntryId = entryId, Url = parts.Count == 1 ? first.Url : null, Cited = cited };
    }

    private static string Items(IReadOnlyList<string> items)
    {
        if (items.All(i => i.StartsWith("item ", StringComparison.Ordinal) && !i.Contains('(', StringComparison.Ordinal)))
            return "items " + And(items.Select(i => i[5..]).ToList());
        if (items.All(i => i.StartsWith("pledge ", StringComparison.Ordinal)))
            return "pledges " + And(items.Select(i => i[7..]).ToList());
        if (items.All(i => i.StartsWith("para ", StringComparison.Ordinal)))
            return "paras " + And(items.Select(i => i[5..]).ToList());
        return And(items);
    }

    private static string And(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];

    private static string Required(string? value, string where, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidDataException($"{where}: '{field}' is required.") : value.Trim();
}
