using RufaBot.Dialogs;

namespace RufaBot.Web;

/// <summary>
/// The strings of the tables in the page's language, chosen from the browser's Accept-Language (English when none
/// is shipped). The door says a few of the intake's strings its own way: a key with a <c>.web</c> variant in the
/// tables is said with it (the Teams chat history note, for one, is untrue of a web page).
/// </summary>
internal sealed class DoorText(FlowCatalog catalog, string language)
{
    public const string VariantSuffix = ".web";

    public string Language => language;

    public FlowCatalog Catalog => catalog;

    public string this[string key] => catalog.Text(key, language);

    public string Fill(string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = this[key];
        foreach (var (name, value) in values) text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    /// <summary>The door's own wording of <paramref name="key"/> when the tables have one, else the key itself.</summary>
    public string Variant(string key) => catalog.HasText(key + VariantSuffix) ? key + VariantSuffix : key;

    public static DoorText For(HttpRequest request, FlowCatalog catalog)
    {
        var shipped = catalog.Languages;
        foreach (var value in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            if (value.Quality is 0 || value.Value.Value is not { Length: > 0 } tag || tag == "*") continue;
            var language = catalog.LanguageFor(tag);
            // LanguageFor falls back to English: take it only when the browser asked for it.
            if (shipped.Contains(language) && (language != "en" || tag.StartsWith("en", StringComparison.OrdinalIgnoreCase)))
                return new DoorText(catalog, language);
        }
        return new DoorText(catalog, "en");
    }
}
