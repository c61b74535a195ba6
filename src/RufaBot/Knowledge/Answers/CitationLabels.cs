using System.Globalization;
using System.Text.RegularExpressions;
using RufaBot.Dialogs;
using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// A citation's label in the reader's language: the document's name, its issued date in words and the items cited,
/// all from the <c>knowledge.citation.*</c> strings. English readers get <see cref="Citation.Label"/>, the
/// documents' own short form ("21 Nov 2013"), which logs and prompts carry too. An item the strings have no
/// pattern for (an admin document's heading, a guidance entry not translated) stays as the source words it.
/// </summary>
internal sealed partial class CitationLabels(FlowCatalog catalog)
{
    private const string Prefix = "knowledge.citation.";

    public string Label(Citation citation, Language language)
    {
        if (language == Language.English || citation.Cited is not { Count: > 0 } cited)
            return citation.Label;
        var locale = language.Code();
        var parts = cited.Select(document => Document(citation, document, locale)).ToList();
        return parts.Skip(1).Aggregate(parts[0], (label, next) => Fill("more", locale, ("first", label), ("next", next)));
    }

    private string Document(Citation citation, CitedDocument document, string locale)
    {
        var nameKey = Prefix + "document." + document.Code;
        var name = catalog.HasText(nameKey) ? catalog.Text(nameKey, locale) : citation.Document;
        var items = citation.ItemIn?.GetValueOrDefault(locale) ?? Items(document.Items, locale);
        var date = IssuedInWords(document.Issued, locale);
        return date is null
            ? Fill("undated", locale, ("document", name), ("items", items))
            : Fill("dated", locale, ("document", name), ("date", date), ("items", items));
    }

    // seeds.json's "issued" is a year, a year and month, or a whole date.
    private string? IssuedInWords(string issued, string locale)
    {
        if (DateOnly.TryParseExact(issued, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return catalog.DateInWords(day, locale);
        if (DateOnly.TryParseExact(issued, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return catalog.MonthYearInWords(month.Year, month.Month, locale);
        return issued.Length > 0 ? issued : null;
    }

    /// <summary>Items of one kind share one word in its plural ("items 2.1, 2.2 and 2.3"); mixed kinds are listed whole.</summary>
    private string Items(IReadOnlyList<string> items, string locale)
    {
        var read = items.Select(Read).ToList();
        if (read.Count > 1 && read.All(r => r.Plural is not null && r.Key == read[0].Key && r.Action is null))
            return Fill(read[0].Plural!, locale, ("n", List(read.Select(r => r.Number!).ToList(), locale)));
        return List([.. items.Zip(read, (item, r) => Word(item, r, locale))], locale);
    }

    private string Word(string item, ItemReading reading, string locale) => reading.Key is null ? item
        : Fill(reading.Key, locale, ("n", reading.Number ?? ""), ("action", reading.Action ?? ""));

    private string List(IReadOnlyList<string> parts, string locale) => parts.Count == 1 ? parts[0]
        : Fill("and", locale, ("list", parts.Take(parts.Count - 1).Aggregate((list, next) => Fill("next", locale, ("list", list), ("next", next)))),
            ("last", parts[^1]));

    private string Fill(string key, string locale, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = catalog.Text(Prefix + key, locale);
        foreach (var (name, value) in values)
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        return text;
    }

    private sealed record ItemReading(string? Key, string? Number = null, string? Action = null, string? Plural = null);

    // The item forms the seed parsers write (SeedParser.Plans, SeedParser.Letters), most specific first.
    private static ItemReading Read(string item)
    {
        if (ItemHeading().Match(item) is { Success: true } heading) return new("item.heading", heading.Groups[1].Value);
        if (IntroductionAction().Match(item) is { Success: true } action) return new("item.introductionAction", action.Groups[1].Value, action.Groups[2].Value);
        if (Numbered().Match(item) is { Success: true } numbered)
        {
            var kind = numbered.Groups[1].Value;
            var key = kind switch
            {
                "item" => "item.item",
                "pledge" => "item.pledge",
                "para" => "item.para",
                "request" => "item.request",
                "footnote" => "item.footnote",
                "note to item" => "item.noteToItem",
                "introduction, para" => "item.introduction",
                "goal of item" => "item.goal",
                _ => "item.goals", // the heading after a goal's items is the document's own English: the numbers say which
            };
            string? plural = kind is "item" or "pledge" or "para" ? key + "s" : null;
            return new(key, numbered.Groups[2].Value, Plural: plural);
        }
        return item switch
        {
            "title" => new("item.title"),
            "date and address" => new("item.dateAndAddress"),
            "letterhead, date and salutation" => new("item.letterhead"),
            "addressees" => new("item.addressees"),
            "signatories" => new("item.signatories"),
            "signature" => new("item.signature"),
            "signature and date" => new("item.signatureAndDate"),
            "copy list (cc)" => new("item.copies"),
            _ => new(null),
        };
    }

    [GeneratedRegex(@"^item (\S+) \(heading\)$")]
    private static partial Regex ItemHeading();

    [GeneratedRegex(@"^introduction, para (\d+) \(action (\S+)\)$")]
    private static partial Regex IntroductionAction();

    [GeneratedRegex(@"^(item|pledge|para|request|footnote|note to item|introduction, para|goal of items?) ([0-9][0-9.\-–]*)(?: \(.*\))?$")]
    private static partial Regex Numbered();
}
