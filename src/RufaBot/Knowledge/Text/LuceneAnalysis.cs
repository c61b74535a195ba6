using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace RufaBot.Knowledge.Text;

/// <summary>
/// Index terms for the languages our own stemmers do not cover, from Lucene.Net's maintained analyzers: Arabic
/// (normalisation and light stemming), Chinese (SmartCn word segmentation; Chinese has no spaces), Russian (Snowball)
/// and Spanish (light stemming). Each analyzer is built once; Lucene reuses token streams per thread, so sharing them
/// is safe. Chinese uses SmartCn's dictionary segmenter without its ICU sentence splitter, which needs culture data
/// that the app, running with invariant globalization, does not have.
/// </summary>
internal static class LuceneAnalysis
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Lazy<Analyzer> Arabic = new(() => new ArabicAnalyzer(Version));
    private static readonly Lazy<Analyzer> Chinese = new(SmartChinese);
    private static readonly Lazy<Analyzer> Russian = new(() => new RussianAnalyzer(Version));
    private static readonly Lazy<Analyzer> Spanish = new(() => new SpanishAnalyzer(Version));

    public static bool Covers(Language language) => language is Language.Arabic or Language.Chinese or Language.Russian or Language.Spanish;

    /// <summary>Stop words of a Lucene-analysed language, to tell a question's language by its function words.</summary>
    public static bool IsSpanishStopWord(string word) => SpanishAnalyzer.DefaultStopSet.Contains(word);

    public static List<string> Terms(string text, Language language)
    {
        var analyzer = language switch
        {
            Language.Arabic => Arabic.Value,
            Language.Chinese => Chinese.Value,
            Language.Russian => Russian.Value,
            Language.Spanish => Spanish.Value,
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Analysed by TextAnalyzer's own stemmers."),
        };
        // The Snowball stemmer knows "е" only; people write "ё" or not.
        if (language == Language.Russian)
            text = text.Replace('ё', 'е').Replace('Ё', 'Е');
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    // SmartChineseAnalyzer's own chain (HMMChineseTokenizer) breaks sentences with ICU4N, which asks for the "en" culture
    // and fails under InvariantGlobalization. SentenceTokenizer and WordTokenFilter are the same dictionary segmentation
    // with a plain punctuation splitter; Lucene marks them obsolete for that reason only.
#pragma warning disable CS0618
    private static Analyzer SmartChinese() => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new SentenceTokenizer(reader);
        TokenStream words = new WordTokenFilter(source);
        words = new PorterStemFilter(words);
        words = new StopFilter(Version, words, SmartChineseAnalyzer.GetDefaultStopSet());
        return new TokenStreamComponents(source, words);
    });
#pragma warning restore CS0618
}
