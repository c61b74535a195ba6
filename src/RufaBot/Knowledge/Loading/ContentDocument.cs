namespace RufaBot.Knowledge.Loading;

/// <summary>A source document; <see cref="Guidance"/> marks RufaBot's own process (our proposal, not UN policy).</summary>
internal sealed record ContentDocument(string? Code, string? Name, string? Date, string? Source, bool Guidance);
