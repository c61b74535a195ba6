namespace RufaBot.Knowledge.Loading;

/// <summary>
/// One entry as written in a content file. A summary cites source passages (<c>cites</c>, e.g. "DAP 2.3") and takes
/// its citation from them; guidance has its own <c>ref</c> and <c>item</c> and may cite the passages it builds on.
/// </summary>
internal sealed record ContentEntry(
    string? Id,
    string? Ref,
    string? Item,
    List<string>? Cites,
    string? Title,
    string? Body,
    List<string>? Tags,
    List<string>? Audience);
