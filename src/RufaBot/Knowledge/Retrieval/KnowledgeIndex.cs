using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Retrieval;

/// <summary>
/// The searchable knowledge base: shipped entries plus admin document chunks in one BM25 index. English fields
/// are analysed in English, the French title, tags and body in French, so a question in either language finds
/// the entry. Immutable once built.
/// </summary>
internal sealed class KnowledgeIndex
{
    private const float TitleWeight = 3f;
    private const float TagWeight = 2f;
    private const float ReferenceWeight = 2f;
    private const float BodyWeight = 1f;

    private readonly Bm25Index _bm25;

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries)
    {
        Entries = entries;
        _bm25 = new Bm25Index(entries.Select(Terms).ToList());
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public int TermCount => _bm25.TermCount;

    public IReadOnlyList<SearchHit> Search(string query, Language language, int top) =>
        _bm25.Search(TextAnalyzer.Analyze(query, language), top)
            .Select(hit => new SearchHit(Entries[hit.Doc], hit.Score))
            .ToList();

    private static IReadOnlyList<(string, float)> Terms(KnowledgeEntry entry)
    {
        var terms = new List<(string, float)>();
        void Add(string? text, Language language, float weight) =>
            terms.AddRange(TextAnalyzer.Analyze(text, language).Select(t => (t, weight)));

        // Shipped content is English with French extras; an admin document is analysed in the language it is written in.
        var language = entry.IsAdminDocument ? LanguageDetector.Detect(entry.Body, null) : Language.English;
        Add(entry.Title, language, TitleWeight);
        Add(string.Join(' ', entry.Tags), Language.English, TagWeight);
        Add(entry.Body, language, BodyWeight);
        Add(entry.IsAdminDocument ? entry.Citation.Heading : entry.Citation.Ref + " " + entry.Citation.Item, Language.English, ReferenceWeight);
        Add(entry.TitleFr, Language.French, TitleWeight);
        Add(entry.TagsFr is null ? null : string.Join(' ', entry.TagsFr), Language.French, TagWeight);
        Add(entry.BodyFr, Language.French, BodyWeight);
        return terms;
    }
}
