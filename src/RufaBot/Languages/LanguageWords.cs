using System.Globalization;
using RufaBot.Dialogs;

namespace RufaBot.Languages;

/// <summary>
/// The words of the language command, understood in every language whatever the person's current one (someone who
/// cannot read the language they are getting must still be able to leave it): "language" alone asks for the card,
/// "language ar" / "idioma español" / "язык русский" chooses. The trigger words are each language's
/// <see cref="WordsKey"/>; a language is named by its code, its name in itself or its English name.
/// </summary>
internal sealed class LanguageWords(FlowCatalog catalog)
{
    public const string WordsKey = "host.words.language";

    /// <summary>True when the whole message is a trigger word of any language.</summary>
    public bool IsCommand(string? text) =>
        !string.IsNullOrWhiteSpace(text) && catalog.Languages.Any(l => catalog.IsWord(WordsKey, text.Trim(), l));

    /// <summary>The language a message chooses ("language fr"), or null when it is not a choice.</summary>
    public SupportedLanguages.Language? ChoiceIn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > FlowCatalog.LongestWords)
            return null;
        var trimmed = text.Trim();
        // The trigger may be several words ("change language"): try each split from the right.
        for (var space = trimmed.LastIndexOf(' '); space > 0; space = trimmed.LastIndexOf(' ', space - 1))
        {
            if (Named(trimmed[(space + 1)..]) is { } language && IsCommand(trimmed[..space]))
                return language;
            if (space == 0)
                break;
        }
        return null;
    }

    /// <summary>The word that triggers the command in <paramref name="locale"/>'s language (English when it has none).</summary>
    public string TriggerIn(string? locale) => catalog.Text("host.language.say", locale);

    private static SupportedLanguages.Language? Named(string name)
    {
        var folded = name.Trim().ToLower(CultureInfo.InvariantCulture);
        return SupportedLanguages.All.FirstOrDefault(l =>
            folded == l.Tag || folded == l.NativeName.ToLower(CultureInfo.InvariantCulture) || folded == l.EnglishName.ToLower(CultureInfo.InvariantCulture)
            || folded == RemoveAccents(l.NativeName.ToLower(CultureInfo.InvariantCulture)));
    }

    private static string RemoveAccents(string text) =>
        new([.. text.Normalize(System.Text.NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
}
