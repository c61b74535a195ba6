namespace RufaBot.Dialogs.Countries;

// Names holds the country's name in each language that has one (countries.<lang>.txt); English and French are the
// columns of countries.txt. Aliases are every language's other names, all matched whatever the locale.
internal sealed record Country(string Alpha2, string Alpha3, string English, string French, IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Names)
{
    // The name in the person's language ("ar-EG" → ar), else English.
    public string Name(string language)
    {
        var dash = language.IndexOfAny(['-', '_']);
        var code = (dash > 0 ? language[..dash] : language).ToLowerInvariant();
        return code == "fr" ? French : Names.TryGetValue(code, out var name) ? name : English;
    }
}
