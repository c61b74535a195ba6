using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Retrieval;

/// <summary>
/// The searchable knowledge base: source passages, curated entries and admin document chunks in one BM25 index.
/// English fields are analysed in English, each translation's title, tags and body in its language (Lucene.Net's
/// analyzers for Arabic, Chinese, Russian and Spanish). English and French questions search one index of the English
/// and French fields, as before other languages came; a question in another language searches an index of the English
/// fields and that language's own: several languages in one index made English answers worse (docs/knowledge.md). A question in a Latin-script language is first mended
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
    // Built on the first question in that language: Chinese word segmentation alone loads SmartCn's dictionaries
    // (tens of megabytes), which a deployment whose staff never ask in Chinese need not hold.
    private readonly Dictionary<Language, Lazy<Bm25Index>> _otherLanguages;
    private readonly SpellingCorrector _spelling;

    public KnowledgeIndex(IReadOnlyList<KnowledgeEntry> entries)
    {
        Entries = entries;
        var english = entries.Select(EnglishTerms).ToList();
        _bm25 = new Bm25Index([.. entries.Select((e, i) => With(english[i], e, Language.French))]);
        _otherLanguages = Enum.GetValues<Language>().Where(LuceneAnalysis.Covers)
            .ToDictionary(l => l, l => new Lazy<Bm25Index>(() => new Bm25Index([.. entries.Select((e, i) => With(english[i], e, l))])));
        _spelling = new SpellingCorrector(entries.SelectMany(Words), w => StopWords.English.Contains(w) || StopWords.French.Contains(w));
    }

    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>Terms of the English and French index, and of the other languages' indexes built so far.</summary>
    public int TermCount => _bm25.TermCount + _otherLanguages.Values.Where(i => i.IsValueCreated).Sum(i => i.Value.TermCount);

    public IReadOnlyList<SearchHit> Search(string query, Language language, int top) => SearchWithCoverage(query, language, top).Hits;

    /// <summary>
    /// The best passages, and how much of the question the best one covers: its score over the most the question's
    /// own words could score. A word the text never uses counts as the rarest word, so a question about something
    /// the documents do not mention ("Myanmar", "pension") covers little even when other words match.
    /// </summary>
    public KnowledgeSearch SearchWithCoverage(string query, Language language, int top)
    {
        var bm25 = _otherLanguages.GetValueOrDefault(language)?.Value ?? _bm25;
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
                stand.UnionWith(TextAnalyzer.Analyze(token, language).Where(t => !bm25.Contains(t)));
            }
        }
        var hits = bm25.Search(terms, top).Select(hit => new SearchHit(Entries[hit.Doc], hit.Score)).ToList();
        var ceiling = own.Distinct().Where(t => !stand.Contains(t)).Sum(t => Bm25Index.Ceiling(bm25.Idf(t)));
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

    private static List<(string, float)> EnglishTerms(KnowledgeEntry entry)
    {
        var terms = new List<(string, float)>();
        // Shipped content is English; an admin document is analysed in the language it is written in.
        var language = entry.IsAdminDocument ? LanguageDetector.Detect(entry.Body, null) : Language.English;
        Add(terms, entry.Title, language, TitleWeight);
        Add(terms, string.Join(' ', entry.Tags), Language.English, TagWeight);
        Add(terms, entry.Body, language, BodyWeight);
        Add(terms, entry.IsAdminDocument ? entry.Citation.Heading : entry.Citation.Ref + " " + entry.Citation.Item, Language.English, ReferenceWeight);
        return terms;
    }

    /// <summary>An entry's English terms and those of its translation into one language, if it has one.</summary>
    private static List<(string, float)> With(List<(string, float)> english, KnowledgeEntry entry, Language language)
    {
        var terms = new List<(string, float)>(english);
        if (entry.In(language.Code()) is { } translation)
        {
            Add(terms, translation.Title, language, TitleWeight);
            Add(terms, string.Join(' ', translation.Tags), language, TagWeight);
            Add(terms, translation.Body, language, BodyWeight);
        }
        return terms;
    }

    private static void Add(List<(string, float)> terms, string? text, Language language, float weight) =>
        terms.AddRange(TextAnalyzer.Analyze(text, language).Select(t => (t, weight)));
}

/// <summary>The passages found for a question and the share of the question the best one covers (0 to 1).</summary>
internal sealed record KnowledgeSearch(IReadOnlyList<SearchHit> Hits, double Coverage);
