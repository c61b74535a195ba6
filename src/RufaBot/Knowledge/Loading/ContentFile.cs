namespace RufaBot.Knowledge.Loading;

/// <summary>The shape of a shipped content file: one source document and its entries.</summary>
internal sealed record ContentFile(ContentDocument? Document, List<ContentEntry>? Entries);

/// <summary>The shape of Content/translations/&lt;lang&gt;.json: each entry's title, body and tags in one language, by id.</summary>
internal sealed record TranslationFile(string? Language, Dictionary<string, TranslatedEntry>? Entries);

/// <summary>One entry of a translation file; the body may be missing (then the English explanation is shown).</summary>
internal sealed record TranslatedEntry(string? Title, string? Body, List<string>? Tags);
