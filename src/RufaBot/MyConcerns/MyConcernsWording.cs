using System.Text.Json;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Views;
using RufaBot.Dialogs;

namespace RufaBot.MyConcerns;

/// <summary>
/// The words of "my concerns" in the user's language: statuses in plain language, dates, category names and the
/// timeline. Free text (the reporter's additions, a focal point's question) is returned raw; the card and text
/// renderers decide how to make it safe.
/// </summary>
internal sealed class MyConcernsWording(FlowCatalog catalog)
{
    public const int MaxTextLength = Concern.MaxTextLength;

    public string Text(string key, string? locale, params ReadOnlySpan<(string Name, string Value)> fill)
    {
        var text = catalog.Text(key, locale);
        foreach (var (name, value) in fill)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    public string Status(ConcernStatus status, string? locale) => catalog.Text("myConcerns.status." + status, locale);

    // In the reader's language whatever the server's culture data (see ReaderFormat).
    public string Date(DateTimeOffset at, string? locale) =>
        new ReaderFormat(catalog, locale).Date(DateOnly.FromDateTime(at.UtcDateTime));

    public string Max(string? locale) => Number(MaxTextLength, locale);

    public string Number(int n, string? locale) => new ReaderFormat(catalog, locale).Number(n);

    public string Categories(IEnumerable<ConcernCategory> categories, string? locale) =>
        string.Join(", ", categories.Select(c => catalog.Text("concern.categories." + JsonNamingPolicy.CamelCase.ConvertName(c.ToString()), locale)));

    /// <summary>One step of the timeline; <paramref name="text"/> is the update's text as the renderer made it safe.</summary>
    public string Event(ReporterUpdate update, string text, string? locale) =>
        Text("myConcerns.event." + update.Kind, locale, ("date", Date(update.At, locale)), ("text", text));
}
