namespace RufaBot.Knowledge.Text;

/// <summary>
/// Picks the analysis language of a question from its function words; the Teams locale breaks ties, because a
/// French-speaking user of an English client (or the reverse) writes in their own language.
/// </summary>
internal static class LanguageDetector
{
    public static Language Detect(string question, string? locale)
    {
        int french = 0, english = 0;
        foreach (var token in TextAnalyzer.Tokens(question))
        {
            var inFrench = StopWords.French.Contains(token);
            var inEnglish = StopWords.English.Contains(token);
            if (inFrench && !inEnglish) french++;
            if (inEnglish && !inFrench) english++;
        }
        if (french != english)
            return french > english ? Language.French : Language.English;
        return locale is not null && locale.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? Language.French : Language.English;
    }
}
