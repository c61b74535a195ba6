namespace RufaBot.Knowledge.Feedback;

/// <summary>One "Was this helpful?" vote. <see cref="UserKey"/> is an opaque per-user key chosen by the host.</summary>
internal sealed record AnswerFeedback(string AnswerId, string UserKey, bool Helpful, DateTimeOffset At);
