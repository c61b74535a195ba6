namespace RufaBot.Knowledge;

/// <summary>
/// One passage of the knowledge base. <see cref="Kind"/> says what it is: the exact text of a source document, a
/// plain-language summary of what a source says, RufaBot's own guidance (product process, not UN policy), or a
/// chunk of an admin document. <see cref="Cites"/> lists the source passages it rests on (its own, for source text).
/// </summary>
internal sealed record KnowledgeEntry(
    string Id,
    string Title,
    string Body,
    Citation Citation,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Audience> Audience,
    bool IsAdminDocument = false,
    IReadOnlyDictionary<string, EntryTranslation>? Translations = null,
    EntryKind Kind = EntryKind.Summary,
    IReadOnlyList<string>? Cites = null)
{
    /// <summary>The entry in a language ("fr", "ar"…), from Content/translations/&lt;lang&gt;.json; null when it has none.</summary>
    public EntryTranslation? In(string language) => Translations?.GetValueOrDefault(language);

    public bool IsGuidance => Kind == EntryKind.Guidance;

    public bool IsSourceText => Kind == EntryKind.SourceText;

    /// <summary>The source passages this entry rests on; none for admin documents and some guidance.</summary>
    public IReadOnlyList<string> SourceRefs => Cites ?? [];
}

/// <summary>
/// An entry in another language: its title, tags and, where translated, the explanation. The sources' own words are
/// never translated: an answer quotes them in English, labelled as the original.
/// </summary>
internal sealed record EntryTranslation(string Title, string? Body, IReadOnlyList<string> Tags);

/// <summary>What an entry is, and so how an answer presents it.</summary>
internal enum EntryKind
{
    /// <summary>The exact words of a source document.</summary>
    SourceText,

    /// <summary>What a source document says, in plain language; cites the passages it explains.</summary>
    Summary,

    /// <summary>RufaBot's own process or advice: a proposal, not UN policy.</summary>
    Guidance,

    /// <summary>A chunk of the entity's own documents.</summary>
    AdminDocument,
}
