namespace RufaBot.Knowledge.Loading;

/// <summary>One entry as written in a content file.</summary>
internal sealed record ContentEntry(
    string? Id,
    string? Ref,
    string? Item,
    string? Title,
    string? Body,
    List<string>? Tags,
    List<string>? Audience,
    string? TitleFr,
    string? BodyFr,
    List<string>? TagsFr);
