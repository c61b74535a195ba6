namespace RufaBot.Knowledge.Seeds;

/// <summary>
/// One paragraph, numbered item, footnote or heading block of a source document, with its exact citation.
/// <see cref="Ref"/> is the stable key that curated entries and the evaluation name ("DAP 2.3", "CS P3",
/// "NGO request 4"); <see cref="Item"/> is what staff read ("item 2.3", "pledge 3", "request 4");
/// <see cref="Text"/> is the seed's own wording, lines joined, emphasis marks removed.
/// </summary>
internal sealed record SeedPassage(string Code, string Ref, string Item, string? Heading, string Text);
