namespace RufaBot.Languages;

/// <summary>
/// The six official UN languages RufaBot speaks, each with its name in itself (the endonym the language card shows:
/// it is the same whatever language the card is in, so it lives here rather than in the string files) and its
/// direction. Which texts exist in a language is the string files' business; this is what the host knows of a
/// language beyond them.
/// </summary>
internal static class SupportedLanguages
{
    public sealed record Language(string Tag, string NativeName, string EnglishName, bool RightToLeft = false);

    public static readonly IReadOnlyList<Language> All =
    [
        new("en", "English", "English"),
        new("fr", "Français", "French"),
        new("es", "Español", "Spanish"),
        new("ru", "Русский", "Russian"),
        new("zh", "中文", "Chinese"),
        new("ar", "العربية", "Arabic", RightToLeft: true),
    ];

    /// <summary>
    /// The supported language of a BCP 47 tag or bare code, whatever its region or script: <c>zh-CN</c>,
    /// <c>zh-Hans</c> and <c>zh-TW</c> are <c>zh</c>, <c>ar-SA</c> is <c>ar</c>; null for any other language.
    /// </summary>
    public static Language? Of(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
            return null;
        var primary = tag.Trim().Replace('_', '-').Split('-')[0];
        return All.FirstOrDefault(l => string.Equals(l.Tag, primary, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsRightToLeft(string? tag) => Of(tag)?.RightToLeft == true;

    /// <summary>True when the two tags name the same supported language (<c>fr-CA</c> and <c>fr</c>).</summary>
    public static bool Same(string? a, string? b) => Of(a) is { } x && x == Of(b);
}
