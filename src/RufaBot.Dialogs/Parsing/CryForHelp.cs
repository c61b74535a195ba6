using System.Collections.Frozen;

namespace RufaBot.Dialogs.Parsing;

// "Au secours", "help me", "socorro", "помогите", "救命", "النجدة": someone calling for help, in any shipped language
// (Vocabulary/*.json, criesForHelp). Never a request for help with the form. The cry must be most of the message: a
// word or two around it ("help me please!") still count, "can you help me with this question" does not.
public static class CryForHelp
{
    private const int ExtraWords = 2;
    private const int ExtraChineseCharacters = 3;

    private static readonly FrozenSet<string> Cries =
        DateWords.Languages.SelectMany(l => l.CriesForHelp).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCry(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var folded = TextFold.Fold(text);
        if (folded.Length == 0) return false;
        if (Cries.Contains(folded)) return true;
        var words = folded.Split(' ');
        foreach (var cry in Cries)
        {
            if (cry.Any(TextFold.IsCjk))
            {
                if (folded.Contains(cry, StringComparison.Ordinal) && folded.Length <= cry.Length + ExtraChineseCharacters) return true;
                continue;
            }
            var cryWords = cry.Split(' ');
            if (words.Length > cryWords.Length + ExtraWords) continue;
            for (var start = 0; start + cryWords.Length <= words.Length; start++)
                if (words.AsSpan(start, cryWords.Length).SequenceEqual(cryWords)) return true;
        }
        return false;
    }
}
