using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs.Parsing;

// Finds the option meant by one typed token: its number (in any script's digits or Chinese numerals), its id, its
// text in any language (case, accents and Arabic vowel marks ignored), its short name before a colon, or failing
// those the only option whose text starts with the token. Chinese text, which has no spaces, may also be found by a part of two characters or more.
internal static class ChoiceMatcher
{
    public static ChoiceOption? Match(IReadOnlyList<ChoiceOption> options, string token)
    {
        var trimmed = TextFold.AsciiDigits(token.Trim().TrimEnd('.', ')', '。', '、', '．'));
        var number = int.TryParse(trimmed, out var n) ? n : ChineseNumerals.Parse(trimmed.TrimStart('第').TrimEnd('个', '项'));
        if (number is { } k) return k >= 1 && k <= options.Count ? options[k - 1] : null;

        foreach (var o in options)
        {
            if (string.Equals(o.Id, trimmed, StringComparison.OrdinalIgnoreCase)) return o;
        }

        var folded = TextFold.Fold(trimmed);
        if (folded.Length == 0) return null;
        foreach (var o in options)
        {
            if (o.Folded.Contains(folded)) return o;
        }

        foreach (var o in options)
        {
            if (o.Heads?.Contains(folded) == true) return o;
        }

        var chinese = folded.Any(TextFold.IsCjk);
        if (folded.Length < (chinese ? 2 : 3)) return null;
        ChoiceOption? only = null;
        foreach (var o in options)
        {
            var fits = o.Folded.Any(f => f.StartsWith(folded, StringComparison.Ordinal)
                || (chinese && f.Contains(folded, StringComparison.Ordinal)));
            if (!fits) continue;
            if (only is not null) return null;
            only = o;
        }
        return only;
    }
}
