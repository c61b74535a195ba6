using System.Text.Json;
using RufaBot.Knowledge.Loading;

namespace RufaBot.Knowledge.Seeds;

/// <summary>
/// The source documents and every passage parsed from them, read at start-up from <c>Knowledge/Seeds</c> beside
/// the binary: seeds.json describes each document, the .txt files are the documents themselves. The passages are
/// the ground layer of the index (exact text, exact citation); curated entries cite them by <see cref="SeedPassage.Ref"/>.
/// </summary>
internal sealed partial class SeedLibrary
{
    private readonly Dictionary<string, SeedPassage> _byRef;
    private readonly Dictionary<string, SeedDocument> _byCode;

    private SeedLibrary(IReadOnlyList<SeedDocument> documents)
    {
        Documents = documents;
        _byCode = documents.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _byRef = new Dictionary<string, SeedPassage>(StringComparer.Ordinal);
        foreach (var passage in documents.SelectMany(d => d.Passages))
            if (!_byRef.TryAdd(passage.Ref, passage))
                throw new InvalidDataException($"Seed passage '{passage.Ref}' is found twice.");
    }

    public IReadOnlyList<SeedDocument> Documents { get; }

    public IEnumerable<SeedPassage> Passages => Documents.SelectMany(d => d.Passages);

    public SeedPassage? Find(string reference) => _byRef.GetValueOrDefault(reference);

    public SeedDocument Document(string code) => _byCode[code];

    public static SeedLibrary Load(string folder)
    {
        var index = Path.Combine(folder, "seeds.json");
        if (!File.Exists(index))
            throw new FileNotFoundException($"The seed index is missing: {index}");
        SeedsFile? file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllText(index), KnowledgeJsonContext.Default.SeedsFile);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"seeds.json: not valid JSON ({e.Message}).", e);
        }
        var documents = (file?.Seeds ?? throw new InvalidDataException("seeds.json: 'seeds' is missing."))
            .Select(d => d with { Address = PublicAddress(d), Passages = SeedParser.Parse(d.Code, File.ReadAllText(Path.Combine(folder, d.File))) })
            .ToList();
        return new SeedLibrary(documents);
    }

    /// <summary>The citation of one passage, as staff read it: "Detailed Action Plan (March 2014), item 2.3".</summary>
    public Citation CitationOf(SeedPassage passage)
    {
        var document = _byCode[passage.Code];
        return new Citation(document.Name, document.Date, passage.Item, passage.Ref, EntryId(passage.Ref), Url: document.Address,
            Cited: [new CitedDocument(document.Code, document.Issued, [passage.Item])]);
    }

    public static string EntryId(string reference) => "seed:" + reference;

    // Answers turn the address into a link staff follow: only an absolute https address is accepted.
    private static string? PublicAddress(SeedDocument document) =>
        string.IsNullOrWhiteSpace(document.Address) ? null
        : Uri.TryCreate(document.Address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? uri.AbsoluteUri
        : throw new InvalidDataException($"seeds.json: the address of '{document.Code}' is not an absolute https address.");

    /// <summary>Every passage as an index entry of its exact text.</summary>
    public IEnumerable<KnowledgeEntry> Entries() => Passages.Select(p =>
    {
        var document = _byCode[p.Code];
        var title = $"{document.Name}, {p.Item}";
        // The heading a passage sits under helps a search ("human resources" finds item 2.3); goals and item
        // headings already carry theirs.
        var heading = p.Heading is null || p.Heading == "Introduction" || p.Item.Contains('(', StringComparison.Ordinal) ? null
            : p.Heading.Any(char.IsLower) ? NumberPrefix().Replace(p.Heading, "") : SeedParser.HeadingCase(p.Heading);
        return new KnowledgeEntry(EntryId(p.Ref), heading is null ? title : $"{title} ({heading})", p.Text, CitationOf(p),
            [], [Audience.AllStaff], Kind: EntryKind.SourceText, Cites: [p.Ref]);
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"^\d+\.\s+")]
    private static partial System.Text.RegularExpressions.Regex NumberPrefix();
}
