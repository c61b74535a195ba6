namespace RufaBot.Knowledge.Answers;

/// <summary>How an answer was made: quoted passages, a checked model answer, or nothing found.</summary>
internal enum AnswerMode
{
    Extractive,
    Generated,
    NotFound,
}
