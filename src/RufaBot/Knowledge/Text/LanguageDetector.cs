namespace RufaBot.Knowledge.Text;

/// <summary>
/// Picks the analysis language of a question: by its script for Arabic, Chinese and Russian, else by its function
/// words among English, French and Spanish; the Teams locale breaks ties, because someone using a client in another
/// language writes in their own.
/// </summary>
internal static class LanguageDetector
{
    public static Language Detect(string question, string? locale)
    {
        if (ByScript(question) is { } script)
            return script;
        int french = 0, english = 0, spanish = 0;
        foreach (var token in TextAnalyzer.Tokens(question))
        {
            var inFrench = StopWords.French.Contains(token);
            var inEnglish = StopWords.English.Contains(token);
            var inSpanish = LuceneAnalysis.IsSpanishStopWord(token);
            if (inFrench && !inEnglish && !inSpanish) french++;
            if (inEnglish && !inFrench && !inSpanish) english++;
            if (inSpanish && !inFrench && !inEnglish) spanish++;
        }
        var best = Math.Max(french, Math.Max(english, spanish));
        var byLocale = LanguageCodes.FromLocale(locale);
        var candidates = new List<Language>(3);
        if (english == best) candidates.Add(Language.English);
        if (french == best) candidates.Add(Language.French);
        if (spanish == best) candidates.Add(Language.Spanish);
        if (candidates.Count == 1)
            return candidates[0];
        return byLocale is { } l && candidates.Contains(l) ? l : candidates[0];
    }

    // Letters of one script outnumbering the Latin ones: "Что такое ITF?" is Russian.
    private static Language? ByScript(string text)
    {
        int arabic = 0, cjk = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06ff' or >= '\u0750' and <= '\u077f') arabic++;
            else if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf') cjk += 2;
            else if (c is >= '\u0400' and <= '\u04ff') cyrillic++;
            else if (char.IsAsciiLetter(c) || c is >= '\u00c0' and <= '\u024f') latin++;
        }
        var most = Math.Max(arabic, Math.Max(cjk, cyrillic));
        if (most == 0 || most < latin) return null;
        return most == arabic ? Language.Arabic : most == cjk ? Language.Chinese : Language.Russian;
    }
}
