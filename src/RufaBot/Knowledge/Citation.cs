namespace RufaBot.Knowledge;

/// <summary>
/// Where a passage comes from. <see cref="Ref"/> is the short reference used in tests and logs ("DAP 2.3",
/// "CS P1"); <see cref="Label"/> is what staff see ("Detailed Action Plan (March 2014), item 2.3"). Admin documents
/// carry their file and heading instead of a date. <see cref="Url"/> is the public address of the document, from
/// seeds.json, when one is known; answers link the source to it.
/// </summary>
internal sealed record Citation(string Document, string? Date, string Item, string Ref, string EntryId, string? File = null, string? Heading = null,
    string? Url = null)
{
    public string Label => string.IsNullOrEmpty(Date) ? $"{Document}, {Item}" : $"{Document} ({Date}), {Item}";
}
