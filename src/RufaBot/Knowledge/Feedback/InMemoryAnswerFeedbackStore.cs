using System.Collections.Concurrent;

namespace RufaBot.Knowledge.Feedback;

/// <summary>
/// Keeps votes in memory until the database arrives. Bounded, because card data round-trips through the client
/// and cannot be trusted to be rare: past the limit the oldest votes are dropped.
/// </summary>
internal sealed class InMemoryAnswerFeedbackStore : IAnswerFeedbackStore
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<(string AnswerId, string UserKey), AnswerFeedback> _votes = new();

    public IReadOnlyList<AnswerFeedback> All => [.. _votes.Values.OrderBy(v => v.At)];

    public Task RecordAsync(string answerId, string userKey, bool helpful, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        _votes[(answerId, userKey)] = new AnswerFeedback(answerId, userKey, helpful, at);
        if (_votes.Count > Capacity)
            foreach (var oldest in _votes.Values.OrderBy(v => v.At).Take(_votes.Count - Capacity))
                _votes.TryRemove((oldest.AnswerId, oldest.UserKey), out _);
        return Task.CompletedTask;
    }
}
