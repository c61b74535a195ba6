using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace RufaBot.Knowledge.Text;

/// <summary>
/// Index terms for the languages our own stemmers do not cover, from Lucene.Net's maintained analyzers: Arabic
/// (normalisation and light stemming), Chinese (SmartCn word segmentation; Chinese has no spaces), Russian (Snowball)
/// and Spanish (light stemming). Each analyzer is built once; Lucene reuses token streams per thread, so sharing them
/// is safe.
/// </summary>
internal static class LuceneAnalysis
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Lazy<Analyzer> Arabic = new(() => new ArabicAnalyzer(Version));
    private static readonly Lazy<Analyzer> Chinese = new(() => new SmartChineseAnalyzer(Version));
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
}
