using System.Globalization;
using System.Text;

namespace RufaBot.Languages;

/// <summary>
/// The language a message is clearly written in, or null when it is not clear. Arabic, Chinese and Russian are told
/// by their script: a message whose letters are mostly of one of these scripts (and there are enough of them) is in
/// that language. English, French and Spanish share the Latin script and are told by their function words ("the",
/// "les", "los"…): a message needs several words, two or more function words of one language and none of a rival
/// that matches as often. Short replies ("ok", "oui", "2"), references (HR-…), numbers and dates never decide: they
/// are the same in every language, and switching on them would flip the language on every answer.
/// </summary>
internal static class MessageLanguage
{
    private const int MinScriptLetters = 4;
    private const int MinLatinWords = 4;
    private const int MinFunctionWords = 2;

    // Words frequent in running text of one language and rare in the other two (so "de", "a", "que", "la", "en" are
    // left out: French and Spanish share them).
    private static readonly (string Tag, HashSet<string> Words)[] FunctionWords =
    [
        ("en", new(StringComparer.Ordinal) { "the", "and", "is", "are", "was", "were", "of", "to", "in", "what", "which", "who", "how", "this", "that", "with", "my", "i", "you", "do", "does", "have", "has", "it", "be", "can", "should", "about", "for", "there" }),
        ("fr", new(StringComparer.Ordinal) { "le", "les", "des", "du", "et", "est", "sont", "une", "je", "vous", "nous", "il", "elle", "ce", "cette", "qui", "quoi", "comment", "pour", "dans", "avec", "mon", "ma", "mes", "pas", "au", "aux", "ou", "quel", "quelle", "où", "était" }),
        ("es", new(StringComparer.Ordinal) { "el", "los", "las", "y", "es", "son", "una", "yo", "usted", "nosotros", "él", "ella", "esta", "este", "quien", "quién", "qué", "cómo", "como", "para", "con", "mi", "mis", "por", "del", "al", "hay", "fue", "estaba", "pero", "cuál" }),
    ];

    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        return ByScript(text) ?? ByFunctionWords(text);
    }

    private static string? ByScript(string text)
    {
        int arabic = 0, han = 0, cyrillic = 0, latin = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
                continue;
            var v = rune.Value;
            if (v is >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0x08A0 and <= 0x08FF or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF) arabic++;
            else if (v is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2FFFF or >= 0xF900 and <= 0xFAFF) han++;
            else if (v is >= 0x0400 and <= 0x052F) cyrillic++;
            else if (v < 0x0250) latin++;
        }
        // A Chinese message carries fewer, denser characters: two Han characters already make a word.
        var (tag, count, needed) = new[] { ("ar", arabic, MinScriptLetters), ("zh", han, 2), ("ru", cyrillic, MinScriptLetters) }.MaxBy(s => s.Item2);
        // Mostly this script: an Arabic sentence quoting "HR-ABCD-EFGH" or "OHCHR" is still Arabic.
        return count >= needed && count * 2 > count + latin ? tag : null;
    }

    private static string? ByFunctionWords(string text)
    {
        var words = text.ToLower(CultureInfo.InvariantCulture)
            .Split((char[])[' ', '\t', '\n', '\r', ',', '.', ';', ':', '!', '?', '¿', '¡', '"', '(', ')', '«', '»', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Any(char.IsLetter))
            .ToList();
        if (words.Count < MinLatinWords)
            return null;
        var scores = FunctionWords.Select(f => (f.Tag, Hits: words.Count(f.Words.Contains))).OrderByDescending(s => s.Hits).ToList();
        return scores[0].Hits >= MinFunctionWords && scores[0].Hits > scores[1].Hits * 2 ? scores[0].Tag : null;
    }
}
