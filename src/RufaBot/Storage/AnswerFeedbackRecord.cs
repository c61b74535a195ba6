namespace RufaBot.Storage;

/// <summary>
/// One "Was this helpful?" vote (table <c>AnswerFeedback</c>): one row per answer and voter, the last vote wins.
/// <see cref="UserKey"/> is a keyed hash, so votes can be counted per person without naming anyone.
/// </summary>
internal sealed class AnswerFeedbackRecord
{
    public required string AnswerId { get; set; }

    public required string UserKey { get; set; }

    public bool Helpful { get; set; }

    public DateTimeOffset At { get; set; }
}
