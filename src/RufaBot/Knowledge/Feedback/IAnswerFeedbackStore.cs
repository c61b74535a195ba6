namespace RufaBot.Knowledge.Feedback;

/// <summary>Where "Was this helpful?" votes go. A user's later vote on the same answer replaces the earlier one.</summary>
internal interface IAnswerFeedbackStore
{
    Task RecordAsync(string answerId, string userKey, bool helpful, DateTimeOffset at, CancellationToken cancellationToken);
}
