using System.Globalization;
using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Storage;

namespace RufaBot.Induction;

/// <summary>Texts about a completion ("on 25 Nov 2026 with 6/6"), dated in the user's language.</summary>
internal static class InductionTexts
{
    public static string Fill(FlowCatalog catalog, string key, string? locale, InductionCompletionRecord record) => catalog.Text(key, locale)
        .Replace("{date}", Date(record.CompletedAt, catalog.LanguageFor(locale)), StringComparison.Ordinal)
        .Replace("{score}", $"{record.Correct}/{record.Questions}", StringComparison.Ordinal)
        .Replace("{entity}", CardText.Escape(record.Entity), StringComparison.Ordinal);

    // The app runs with invariant globalization (no culture data), so French month names are spelled out here.
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    public static string Date(DateTimeOffset at, string language)
    {
        var day = at.UtcDateTime;
        return language == "fr"
            ? $"{day.Day} {FrenchMonths[day.Month - 1]} {day.Year}"
            : day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
    }
}
