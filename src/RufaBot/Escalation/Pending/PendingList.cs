using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Cards;
using RufaBot.Storage;

namespace RufaBot.Escalation.Pending;

/// <summary>"pending": what waits for a focal point, found by the keyed hash of their Entra id, soonest due first.</summary>
internal sealed class PendingList(IDbContextFactory<RufaDbContext> contexts, ReporterKeys keys, CardDeadlines deadlines, ILogger<PendingList> logger)
{
    public Task<IReadOnlyList<PendingConcern>> ListAsync(string focalPointAadId, CancellationToken cancellationToken)
    {
        var key = keys.Actor(focalPointAadId);
        return ConcernStorage.GuardAsync<IReadOnlyList<PendingConcern>>(logger, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var concerns = await db.Concerns
                .Where(c => c.Status != ConcernStatus.Closed && c.Participants.Any(p => p.Key == key && p.Assigned))
                .Include(c => c.Events.OrderBy(e => e.Id)).AsSplitQuery()
                .AsNoTracking()
                .ToListAsync(cancellationToken);
            // Sorted here: SQLite cannot order by DateTimeOffset, and one person's queue is short.
            return [.. concerns.Where(c => c.IsAssigned(key))
                .Select(c => new PendingConcern(c.Id, c.Reference, c.Severity, c.Tier, c.Status, c.CreatedAt, deadlines.DueAt(c)))
                .OrderBy(p => p.DueAt ?? DateTimeOffset.MaxValue).ThenByDescending(p => p.Severity).ThenBy(p => p.SubmittedAt)];
        }, cancellationToken);
    }
}
