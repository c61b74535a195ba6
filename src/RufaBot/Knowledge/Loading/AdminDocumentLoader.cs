namespace RufaBot.Knowledge.Loading;

/// <summary>
/// Loads an entity's own documents (*.md, *.markdown, *.txt in <c>Knowledge:AdminDocumentsFolder</c>, subfolders
/// included) as passages cited by file and heading. Their text is data: it is indexed and quoted, never obeyed.
/// </summary>
internal static class AdminDocumentLoader
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".txt" };

    public static List<KnowledgeEntry> LoadFolder(string folder, int maxChunkChars, long maxFileBytes)
    {
        var entries = new List<KnowledgeEntry>();
        var root = Path.GetFullPath(folder);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (!Extensions.Contains(Path.GetExtension(path)) || new FileInfo(path).Length > maxFileBytes)
                continue;
            entries.AddRange(LoadFile(path, Path.GetRelativePath(root, path).Replace('\\', '/'), maxChunkChars));
        }
        return entries;
    }

    public static IEnumerable<KnowledgeEntry> LoadFile(string path, string relativeName, int maxChunkChars)
    {
        var title = Path.GetFileNameWithoutExtension(path);
        var chunks = DocumentChunker.Split(File.ReadAllText(path), title, maxChunkChars);
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var id = $"admin:{relativeName}#{i + 1}";
            var citation = new Citation(relativeName, null, chunk.Heading, $"ADMIN {relativeName}#{chunk.Heading}", id, relativeName, chunk.Heading);
            yield return new KnowledgeEntry(id, chunk.Heading, chunk.Text, citation, [], [Audience.AllStaff], IsAdminDocument: true, Kind: EntryKind.AdminDocument);
        }
    }
}
