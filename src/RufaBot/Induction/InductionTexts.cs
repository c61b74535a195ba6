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

    public static string Date(DateTimeOffset at, string language) =>
        at.UtcDateTime.ToString("d MMM yyyy", language == "fr" ? CultureInfo.GetCultureInfo("fr-FR") : CultureInfo.InvariantCulture);
}
