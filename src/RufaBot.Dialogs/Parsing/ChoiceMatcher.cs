using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs.Parsing;

// Finds the option meant by one typed token: its number, its id, its text in any language
// (case and accents ignored), or failing those the only option whose text starts with the token.
internal static class ChoiceMatcher
{
    public static ChoiceOption? Match(IReadOnlyList<ChoiceOption> options, string token)
    {
        var trimmed = token.Trim().TrimEnd('.', ')');
        if (int.TryParse(trimmed, out var n))
            return n >= 1 && n <= options.Count ? options[n - 1] : null;

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

        if (folded.Length < 3) return null;
        ChoiceOption? only = null;
        foreach (var o in options)
        {
            if (!o.Folded.Any(f => f.StartsWith(folded, StringComparison.Ordinal))) continue;
            if (only is not null) return null;
            only = o;
        }
        return only;
    }
}
