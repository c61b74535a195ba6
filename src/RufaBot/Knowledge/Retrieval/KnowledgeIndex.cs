using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Retrieval;

/// <summary>
/// The searchable knowledge base: source passages, curated entries and admin document chunks in one BM25 index.
/// English fields are analysed in English, each translation's title, tags and body in its language (Lucene.Net's
/// analyzers for Arabic, Chinese, Russian and Spanish). A question in a Latin-script language is first mended
/// (mistyped words to the nearest word of the text); every question is expanded (acronyms, synonyms, and English for
/// French questions, at a lower weight). Immutable once built.
/// </summary>
internal sealed class KnowledgeIndex
{
    private const float TitleWeight = 3f;
    private const float TagWeight = 2f;
    private const float ReferenceWeight = 2f;
    private const float BodyWeight = 1f;

    private readonly Bm25Index _bm25;
    private readonly SpellingCorrector _spelling;

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries)
    {
        Entries = entries;
        _bm25 = new Bm25Index(entries.Select(Terms).ToList());
        _spelling = new SpellingCorrector(entries.SelectMany(Words), w => StopWords.English.Contains(w) || StopWords.French.Contains(w));
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public int TermCount => _bm25.TermCount;

    public IReadOnlyList<SearchHit> Search(string query, Language language, int top) => SearchWithCoverage(query, language, top).Hits;

    /// <summary>
    /// The best passages, and how much of the question the best one covers: its score over the most the question's
    /// own words could score. A word the text never uses counts as the rarest word, so a question about something
    /// the documents do not mention ("Myanmar", "pension") covers little even when other words match.
    /// </summary>
    public KnowledgeSearch SearchWithCoverage(string query, Language language, int top)
    {
        var tokens = TextAnalyzer.Tokens(query).Select(t => Mend(t, language)).ToList();
        var own = TextAnalyzer.Analyze(string.Join(' ', tokens), language);
        var terms = own.Select(t => (t, 1f)).ToList();
        var stand = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (QueryExpansions.Any.TryGetValue(token, out var expansion)
                || (language == Language.French && QueryExpansions.French.TryGetValue(token, out expansion)))
            {
                terms.AddRange(TextAnalyzer.Analyze(expansion, Language.English).Select(t => (t, QueryExpansions.Weight)));
                // A word the text never uses but whose expansion it does ("hra", "divide") is not unknown.
                stand.UnionWith(TextAnalyzer.Analyze(token, language).Where(t => !_bm25.Contains(t)));
            }
        }
        var hits = _bm25.Search(terms, top).Select(hit => new SearchHit(Entries[hit.Doc], hit.Score)).ToList();
        var ceiling = own.Distinct().Where(t => !stand.Contains(t)).Sum(t => Bm25Index.Ceiling(_bm25.Idf(t)));
        var coverage = hits.Count == 0 || ceiling <= 0 ? 0 : Math.Min(1, hits[0].Score / ceiling);
        return new KnowledgeSearch(hits, coverage);
    }

    /// <summary>A token the index does not know, mended to the text's nearest word; stop words and known words as they are.</summary>
    private string Mend(string token, Language language)
    {
        // The spelling index holds English and French words; a word of another language has no near neighbour there.
        if (LuceneAnalysis.Covers(language))
            return token;
        var stopWords = language == Language.French ? StopWords.French : StopWords.English;
        if (stopWords.Contains(token) || _spelling.Knows(token) || QueryExpansions.Any.ContainsKey(token))
            return token;
        var stemmed = TextAnalyzer.Analyze(token, language);
        if (stemmed.Count == 0 || stemmed.All(_bm25.Contains))
            return token;
        return _spelling.Correct(token) ?? token;
    }

    private static IEnumerable<string> Words(KnowledgeEntry entry)
    {
        var french = entry.In("fr");
        return new[] { entry.Title, entry.Body, string.Join(' ', entry.Tags), french?.Title, french?.Body, french is null ? null : string.Join(' ', french.Tags) }
            .Where(t => t is not null).SelectMany(t => TextAnalyzer.Tokens(t!));
    }

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
        foreach (var translated in Enum.GetValues<Language>().Where(l => l != Language.English))
        {
            if (entry.In(translated.Code()) is not { } translation)
                continue;
            Add(translation.Title, translated, TitleWeight);
            Add(string.Join(' ', translation.Tags), translated, TagWeight);
            Add(translation.Body, translated, BodyWeight);
        }
        return terms;
    }
}

/// <summary>The passages found for a question and the share of the question the best one covers (0 to 1).</summary>
internal sealed record KnowledgeSearch(IReadOnlyList<SearchHit> Hits, double Coverage);
