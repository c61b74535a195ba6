namespace RufaBot.Dialogs.Countries;

internal sealed record Country(string Alpha2, string Alpha3, string English, string French, IReadOnlyList<string> Aliases)
{
    // French for French speakers, English for everyone else: the only two name columns we ship.
    public string Name(string language) =>
        language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? French : English;
}
