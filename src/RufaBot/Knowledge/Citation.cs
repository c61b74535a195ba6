namespace RufaBot.Knowledge;

/// <summary>
/// Where a passage comes from. <see cref="Ref"/> is the short reference used in tests and logs ("DAP 2.3",
/// "CS P1"); <see cref="Label"/> is the English label ("Detailed Action Plan (March 2014), item 2.3") that logs,
/// prompts and English readers see. Admin documents carry their file and heading instead of a date. <see cref="Url"/>
/// is the public address of the document, from seeds.json, when one is known; answers link the source to it.
/// <see cref="Cited"/> holds the same label in parts (document code, issued date, items) so that
/// <c>CitationLabels</c> can word it in the reader's language; <see cref="ItemIn"/> is a guidance entry's item in
/// the languages it is translated into.
/// </summary>
internal sealed record Citation(string Document, string? Date, string Item, string Ref, string EntryId, string? File = null, string? Heading = null,
    string? Url = null, IReadOnlyList<CitedDocument>? Cited = null, IReadOnlyDictionary<string, string>? ItemIn = null)
{
    public string Label => string.IsNullOrEmpty(Date) ? $"{Document}, {Item}" : $"{Document} ({Date}), {Item}";
}

/// <summary>
/// One document of a citation: its code in seeds.json or the content file ("DAP", "RUFA"), its issued date as
/// seeds.json writes it ("2014-03", "2013", "2013-11-21"; empty when it has none) and the items cited, in English
/// ("item 2.3", "pledge 1").
/// </summary>
internal sealed record CitedDocument(string Code, string Issued, IReadOnlyList<string> Items);
