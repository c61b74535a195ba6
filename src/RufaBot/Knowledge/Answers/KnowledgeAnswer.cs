using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// An answer to show: <see cref="Text"/> is Markdown-safe (untrusted parts escaped, [n] markers kept),
/// <see cref="Note"/> is a plain remark such as "the AI assistant is unavailable". With
/// <see cref="LooksLikeConcern"/> the host should offer to raise a concern.
/// </summary>
internal sealed record KnowledgeAnswer(
    string Id,
    string Text,
    IReadOnlyList<AnswerCitation> Citations,
    AnswerMode Mode,
    bool LooksLikeConcern,
    Language Language,
    string? Note = null)
{
    public bool IsGenerated => Mode == AnswerMode.Generated;

    /// <summary>The short answer a card shows first: words of the best passage; null when the answer is one text.</summary>
    public AnswerPassage? Lead { get; init; }

    /// <summary>The passages a card shows under "Show more"; empty when the answer is one text (generated, not found).</summary>
    public IReadOnlyList<AnswerPassage> Passages { get; init; } = [];

    public static string NewId() => Guid.NewGuid().ToString("N");
}
