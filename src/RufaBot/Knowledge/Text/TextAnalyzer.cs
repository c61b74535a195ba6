using System.Text;

namespace RufaBot.Knowledge.Text;

/// <summary>
/// Turns text into index terms: lower case, accents folded, French elisions (l', d', qu'…) split off, stop words
/// dropped, then stemmed per language. Item numbers such as "2.3" or "13.1" stay whole so "DAP 2.3" finds item 2.3;
/// the "see" of a cross-reference ("see 13.1") is dropped. Arabic, Chinese, Russian and Spanish go to Lucene.Net's
/// analyzers (<see cref="LuceneAnalysis"/>).
/// </summary>
internal static class TextAnalyzer
{
    public static List<string> Analyze(string? text, Language language)
    {
        if (LuceneAnalysis.Covers(language))
            return string.IsNullOrEmpty(text) ? [] : LuceneAnalysis.Terms(text, language);
        var terms = new List<string>();
        if (string.IsNullOrEmpty(text))
            return terms;
        var stopWords = language == Language.French ? StopWords.French : StopWords.English;
        string? previous = null;
        var tokens = Tokens(text).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var marker = previous is null ? null : Marker(previous);
            previous = token;
            // "(see 13.1)" is a cross-reference, not a word of the passage: it made "if I see a violation" match it.
            if (token == "see" && i + 1 < tokens.Count && char.IsAsciiDigit(tokens[i + 1][0]))
                continue;
            if (char.IsAsciiDigit(token[0]))
            {
                // "item 2.3", "action 3", "pledge 1": the number belongs to its word; a bare small number alone
                // would match every footnote 3 and item 3. Dotted numbers stay searchable on their own too.
                if (marker is not null)
                    terms.Add(marker + "#" + token);
                if (marker is null || token.Contains('.'))
                    terms.Add(token);
                continue;
            }
            if (stopWords.Contains(token))
                continue;
            terms.Add(language == Language.French ? FrenchStemmer.Stem(token) : EnglishStemmer.Stem(token));
        }
        return terms;
    }

    /// <summary>The numbering word a number after it belongs to, in one spelling: "items" and "point" are "item".</summary>
    private static string? Marker(string token) => token switch
    {
        "item" or "items" or "point" or "points" => "item",
        "action" or "actions" => "action",
        "pledge" or "pledges" or "engagement" or "engagements" => "pledge",
        "para" or "paras" or "paragraph" or "paragraphs" or "paragraphe" or "paragraphes" => "para",
        "footnote" or "footnotes" or "fn" or "note" => "footnote",
        "request" or "requests" or "demande" => "request",
        "article" => "article",
        _ => null,
    };

    /// <summary>Lower-case, accent-free tokens; the French elided article before an apostrophe is its own token.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            var inNumber = start >= 0 && c == '.' && char.IsAsciiDigit(folded[i - 1])
                && i + 1 < folded.Length && char.IsAsciiDigit(folded[i + 1]) && char.IsAsciiDigit(folded[start]);
            if (char.IsLetterOrDigit(c) || inNumber)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Lower case without diacritics ("Sécurité" → "securite"); curly apostrophes become straight.</summary>
    /// <remarks>An explicit table, because string.Normalize is unavailable with InvariantGlobalization.</remarks>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower < 128)
            {
                builder.Append(lower);
                continue;
            }
            builder.Append(lower switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
                'ç' => "c",
                'è' or 'é' or 'ê' or 'ë' => "e",
                'ì' or 'í' or 'î' or 'ï' => "i",
                'ñ' => "n",
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => "o",
                'ù' or 'ú' or 'û' or 'ü' => "u",
                'ý' or 'ÿ' => "y",
                'œ' => "oe",
                'æ' => "ae",
                '’' or '‘' or 'ʼ' => "'",
                _ => lower.ToString(),
            });
        }
        return builder.ToString();
    }
}
