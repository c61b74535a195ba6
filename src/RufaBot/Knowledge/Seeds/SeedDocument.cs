namespace RufaBot.Knowledge.Seeds;

/// <summary>
/// A source document as described in <c>Knowledge/Seeds/seeds.json</c>: <see cref="Name"/> and <see cref="Date"/>
/// make the citation label; <see cref="Title"/> is the document's printed title, or what it is when it prints none.
/// </summary>
internal sealed record SeedDocument(string Code, string File, string Name, string Date, string Issued, string Title, bool TitleIsPrinted, string Author, string? Address)
{
    public IReadOnlyList<SeedPassage> Passages { get; init; } = [];
}

/// <summary>The shape of seeds.json.</summary>
internal sealed record SeedsFile(List<SeedDocument>? Seeds);
