namespace RufaBot.Knowledge;

/// <summary>
/// One passage of the knowledge base: a shipped entry (one pledge, action or item) or a chunk of an admin document.
/// <see cref="IsGuidance"/> marks RufaBot's own process, which is our proposal and not UN policy.
/// </summary>
internal sealed record KnowledgeEntry(
    string Id,
    string Title,
    string Body,
    Citation Citation,
    IReadOnlyList<string> Tags,
    IReadOnlyList<Audience> Audience,
    bool IsGuidance = false,
    bool IsAdminDocument = false,
    string? TitleFr = null,
    string? BodyFr = null,
    IReadOnlyList<string>? TagsFr = null);
