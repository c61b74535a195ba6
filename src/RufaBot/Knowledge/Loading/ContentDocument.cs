namespace RufaBot.Knowledge.Loading;

/// <summary>
/// What a content file holds: <c>kind</c> "summary" (plain-language entries on what the sources say, each citing
/// the source passages it explains) or "guidance" (RufaBot's own process, named and dated by the file: a proposal,
/// not UN policy).
/// </summary>
internal sealed record ContentDocument(string? Code, string? Kind, string? Name, string? Date, string? Source);
