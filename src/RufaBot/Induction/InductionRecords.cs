using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Induction;

/// <summary>
/// Completed inductions in the database. Recording is idempotent per user and draft: a turn decided again, or a
/// retry after an outage, finds the row already there and returns it. Failures surface as the provider's
/// exceptions; callers tell an outage apart with <see cref="StorageFailure.IsUnavailable"/>.
/// </summary>
internal sealed class InductionRecords(IDbContextFactory<RufaDbContext> databases)
{
    public async Task<InductionCompletionRecord> RecordAsync(InductionCompletionRecord completion, CancellationToken cancellationToken)
    {
        if (await FindAsync(completion.UserId, completion.DraftKey, cancellationToken) is { } stored)
            return stored;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.InductionCompletions.Add(completion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return completion;
        }
        catch (DbUpdateException conflict) when (StorageFailure.IsUniqueViolation(conflict))
        {
            // The same draft was recorded meanwhile by another attempt of this turn.
            return await FindAsync(completion.UserId, completion.DraftKey, cancellationToken)
                ?? throw new InvalidOperationException("An induction completion was refused as a duplicate but cannot be found.", conflict);
        }
    }

    public async Task<InductionCompletionRecord?> LatestAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.InductionCompletions.AsNoTracking()
            .Where(c => c.UserId == userId).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every completion of an entity, oldest first; the entity is matched the way <see cref="InductionEntity.Key"/> folds it.</summary>
    public async Task<IReadOnlyList<InductionCompletionRecord>> ForEntityAsync(string entity, CancellationToken cancellationToken)
    {
        var key = InductionEntity.Key(entity);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.InductionCompletions.AsNoTracking()
            .Where(c => c.EntityKey == key).OrderBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public static string DraftKey(string draftId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(draftId)));

    private async Task<InductionCompletionRecord?> FindAsync(string userId, string draftKey, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.InductionCompletions.AsNoTracking()
            .FirstOrDefaultAsync(c => c.UserId == userId && c.DraftKey == draftKey, cancellationToken);
    }
}
