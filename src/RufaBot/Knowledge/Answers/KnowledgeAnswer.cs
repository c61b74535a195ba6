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

    public static string NewId() => Guid.NewGuid().ToString("N");
}
