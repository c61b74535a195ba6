using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Knowledge.Feedback;

/// <summary>
/// Keeps votes in the database (table <c>AnswerFeedback</c>): one row per answer and voter, a later vote overwriting
/// the earlier one. Two votes of the same person racing each other both end up as one row, the last write winning.
/// </summary>
internal sealed class DatabaseAnswerFeedbackStore(IDbContextFactory<RufaDbContext> databases) : IAnswerFeedbackStore
{
    public async Task RecordAsync(string answerId, string userKey, bool helpful, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userKey);
        try
        {
            await UpsertAsync(answerId, userKey, helpful, at, cancellationToken);
        }
        catch (DbUpdateException conflict) when (StorageFailure.IsUniqueViolation(conflict))
        {
            // Another turn inserted this voter's row first: now it exists, so this vote updates it.
            await UpsertAsync(answerId, userKey, helpful, at, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<AnswerFeedback>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rows = await db.AnswerFeedback.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.At).Select(r => new AnswerFeedback(r.AnswerId, r.UserKey, r.Helpful, r.At))];
    }

    private async Task UpsertAsync(string answerId, string userKey, bool helpful, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var vote = await db.AnswerFeedback.FindAsync([answerId, userKey], cancellationToken);
        if (vote is null)
            db.AnswerFeedback.Add(new AnswerFeedbackRecord { AnswerId = answerId, UserKey = userKey, Helpful = helpful, At = at });
        else
            (vote.Helpful, vote.At) = (helpful, at);
        await db.SaveChangesAsync(cancellationToken);
    }
}
