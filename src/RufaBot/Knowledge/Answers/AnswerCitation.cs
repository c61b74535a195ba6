namespace RufaBot.Knowledge.Answers;

/// <summary>A numbered source of an answer; the number matches the [n] markers in the text.</summary>
internal sealed record AnswerCitation(int Number, Citation Citation);
