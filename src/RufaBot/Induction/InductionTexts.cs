using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Storage;

namespace RufaBot.Induction;

/// <summary>Texts about a completion ("on 25 November 2026 with 6/6"), dated in the user's language (its UTC day).</summary>
internal static class InductionTexts
{
    public static string Fill(FlowCatalog catalog, string key, string? locale, InductionCompletionRecord record) => catalog.Text(key, locale)
        .Replace("{date}", catalog.DateInWords(DateOnly.FromDateTime(record.CompletedAt.UtcDateTime), locale), StringComparison.Ordinal)
        .Replace("{score}", $"{record.Correct}/{record.Questions}", StringComparison.Ordinal)
        .Replace("{entity}", CardText.Escape(record.Entity), StringComparison.Ordinal);
}
