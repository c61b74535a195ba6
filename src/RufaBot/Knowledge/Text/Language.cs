namespace RufaBot.Knowledge.Text;

/// <summary>
/// The languages the knowledge base analyses: English content, and each entry's title, tags and explanation in the
/// six UN languages (Content/translations/&lt;code&gt;.json).
/// </summary>
internal enum Language
{
    English,
    French,
    Spanish,
    Russian,
    Arabic,
    Chinese,
}

/// <summary>Language codes as the translation files, the string tables and Teams locales write them.</summary>
internal static class LanguageCodes
{
    public static string Code(this Language language) => language switch
    {
        Language.French => "fr",
        Language.Spanish => "es",
        Language.Russian => "ru",
        Language.Arabic => "ar",
        Language.Chinese => "zh",
        _ => "en",
    };

    /// <summary>The language a locale names ("ar-EG", "zh-Hans", "es_419"); null for any other.</summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
            return null;
        var dash = locale.IndexOfAny(['-', '_']);
        var code = (dash > 0 ? locale[..dash] : locale).ToLowerInvariant();
        return Enum.GetValues<Language>().Cast<Language?>().FirstOrDefault(l => l!.Value.Code() == code);
    }
}
