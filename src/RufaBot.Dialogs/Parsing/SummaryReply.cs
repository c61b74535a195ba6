using RufaBot.Dialogs.Steps;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Parsing;

// Reads a reply to a summary. Cards send "submit" or "edit:<stepId>"; people type "submit", "yes", "envoyer",
// "edit 3", "3", "edit place" or just a label, in any shipped language. Items are matched the way choices are: number, step id, label in any
// language, or the only label starting with what was typed. "no" and a bare "edit" ask which answer to change.
internal static class SummaryReply
{
    public const string SubmitValue = "submit";
    public const string EditPrefix = "edit:";
    public const string MoreValue = "more";

    // Edit is the step id to change; More asks the optional questions; none of the three means submit.
    public readonly record struct Pick(string? Edit, string? ErrorKey, bool More = false);

    // moreWords: the folded "add more details" label in every language, empty when the summary offers none.
    public static Pick Read(string? raw, IReadOnlyList<ChoiceOption> items, Func<string, bool> editable, StringCatalog all,
        IReadOnlyList<string> moreWords)
    {
        if (string.IsNullOrWhiteSpace(raw)) return new(null, EngineKeys.SummaryError);
        var text = raw.Trim();
        if (moreWords.Count > 0 && (text == MoreValue || moreWords.Contains(TextFold.Fold(text))))
            return new(null, null, More: true);
        if (text.StartsWith(EditPrefix, StringComparison.OrdinalIgnoreCase)
            && items.FirstOrDefault(o => o.Id == text[EditPrefix.Length..]) is { } exact)
            return Edit(exact, editable);

        var folded = TextFold.Fold(text);
        // Yes words, not YesNo.Parse: there "1" means yes, here it means the first answer.
        if (Words(EngineKeys.SubmitWords, EngineKeys.Submit, all).Contains(folded) || all.Yes.Contains(folded))
            return new(null, null);
        if (all.No.Contains(folded)) return new(null, EngineKeys.SummaryWhich);

        foreach (var word in Words(EngineKeys.EditWords, EngineKeys.Edit, all))
        {
            if (folded == word) return new(null, EngineKeys.SummaryWhich);
            if (folded.StartsWith(word + " ", StringComparison.Ordinal))
            {
                folded = folded[(word.Length + 1)..];
                break;
            }
        }
        return Edit(ChoiceMatcher.Match(items, folded), editable);
    }

    private static Pick Edit(ChoiceOption? item, Func<string, bool> editable) => item switch
    {
        null => new(null, EngineKeys.SummaryError),
        _ when !editable(item.Id) => new(null, EngineKeys.SummaryLocked),
        _ => new(item.Id, null),
    };

    // The words and button label of every language, like yes and no ("envoyer" works in English too), folded;
    // longest first so "send it" is stripped before "send".
    private static List<string> Words(string wordsKey, string labelKey, StringCatalog all) =>
        [.. all.Tables
            .SelectMany(t => t.Words(wordsKey).Append(t.Text(labelKey)))
            .Select(TextFold.Fold)
            .Where(w => w.Length > 0)
            .Distinct()
            .OrderByDescending(w => w.Length)];
}
