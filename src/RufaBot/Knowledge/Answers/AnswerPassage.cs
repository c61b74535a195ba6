namespace RufaBot.Knowledge.Answers;

/// <summary>
/// One passage of an answer as a card shows it: <see cref="Heading"/> is its bold title and what kind of passage it
/// is, <see cref="Blocks"/> its text in Markdown-safe paragraphs (numbered steps as one Markdown list), the last one
/// ending with the [n] marker of its source.
/// </summary>
internal sealed record AnswerPassage(int Number, string Heading, IReadOnlyList<string> Blocks);
