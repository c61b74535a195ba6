using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Reporters;
using RufaBot.Storage;

namespace RufaBot.Concerns.Retention;

/// <summary>
/// Purges one closed concern in one transaction. The concern's version is the claim: of two instances purging the same
/// concern, the second one's save finds the version changed and it rolls back, so each concern is purged once. Then,
/// in the same transaction: the trail loses its notes and actor keys, the reporter link keeps only its keyed hash
/// (so the reporter still sees the closed concern in "my concerns", without content), the reporter's files are
/// deleted, and what other features keep about the concern goes (<see cref="IConcernPurgeHook"/>: escalation's queued
/// messages and SLA timer).
/// </summary>
internal sealed class ConcernPurger(IDbContextFactory<RufaDbContext> contexts, IEnumerable<IConcernPurgeHook> hooks, TimeProvider time,
    ILogger<ConcernPurger> logger)
{
    /// <summary>True when this call purged the concern; false when it is not closed, already purged or was taken meanwhile.</summary>
    public async Task<bool> PurgeAsync(Guid concernId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == concernId && c.Status == ConcernStatus.Closed && c.PurgedAt == null, ct);
        if (concern is null)
            return false;
        concern.Purge(time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(ct);
            Log.PurgedElsewhere(logger, concernId);
            return false;
        }

        await db.ConcernEvents.Where(e => e.ConcernId == concernId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Note, (string?)null).SetProperty(e => e.ActorKey, (string?)null), ct);
        await db.ReporterLinks.Where(l => l.ConcernId == concernId).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.DisplayName, (string?)null)
            .SetProperty(l => l.AadObjectId, (string?)null)
            .SetProperty(l => l.DutyStation, (string?)null)
            .SetProperty(l => l.Attachments, (IReadOnlyList<AttachmentRecord>)Array.Empty<AttachmentRecord>())
            .SetProperty(l => l.Conversation, (ReporterConversation?)null), ct);
        await db.ConcernFiles.Where(f => f.ConcernId == concernId).ExecuteDeleteAsync(ct);
        foreach (var hook in hooks)
            await hook.PurgingAsync(db, concernId, ct);
        await transaction.CommitAsync(ct);
        Log.Purged(logger, concern.Reference, concern.ClosedAt);
        return true;
    }
}
