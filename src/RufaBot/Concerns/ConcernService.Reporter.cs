using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Views;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>The reporter's side: found through the keyed hash of their directory id, never through a stored id.</summary>
internal sealed partial class ConcernService
{
    /// <summary>The reporter's concerns, most recently updated first.</summary>
    public Task<IReadOnlyList<ConcernSummary>> ListForReporterAsync(string reporterAadId, CancellationToken cancellationToken)
    {
        var key = keys.Reporter(reporterAadId);
        return Guard<IReadOnlyList<ConcernSummary>>(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await db.ReporterLinks.Where(l => l.ReporterKey == key)
                .Join(db.Concerns, l => l.ConcernId, c => c.Id, (l, c) => new { c.Reference, c.Status, c.CreatedAt, c.UpdatedAt, c.Categories })
                .ToListAsync(cancellationToken);
            // Ordered here: SQLite cannot order by DateTimeOffset, and a reporter has few concerns.
            return [.. rows.OrderByDescending(r => r.UpdatedAt).Select(r => new ConcernSummary(r.Reference, r.Status, r.CreatedAt, r.UpdatedAt, r.Categories))];
        }, cancellationToken);
    }

    /// <summary>Null when there is no such reference or it is not this reporter's.</summary>
    public Task<ReporterConcernView?> GetForReporterAsync(string reference, string reporterAadId, CancellationToken cancellationToken)
    {
        var key = keys.Reporter(reporterAadId);
        return Guard(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var concern = await FindForReporter(db, reference, key, cancellationToken);
            return concern is null ? null : ReporterConcernView.Of(concern);
        }, cancellationToken);
    }

    /// <summary>
    /// Appends the reporter's text to their concern and its trail; answers a pending question; queues the updated cards
    /// for the focal points. Null when the concern is not theirs; <see cref="ConcernTransitionException"/> when it is closed.
    /// </summary>
    public Task<ReporterConcernView?> AddInformationAsync(string reference, string reporterAadId, string text, CancellationToken cancellationToken)
    {
        var key = keys.Reporter(reporterAadId);
        return Guard(async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var concern = await FindForReporter(db, reference, key, cancellationToken);
                if (concern is null)
                    return null;
                var now = time.GetUtcNow();
                concern.AddInformation(text, now);
                // The focal points' cards show the answer: their updates commit with it or not at all.
                if (escalation is not null)
                    await escalation.Copies.EnqueueAsync(db, concern, now, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    Log.InformationAdded(logger);
                    return ReporterConcernView.Of(concern);
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    // A focal point changed the concern meanwhile: apply the addition to the fresh copy.
                    Log.ConcurrentChange(logger, attempt);
                }
            }
        }, cancellationToken);
    }

    private static async Task<Concern?> FindForReporter(RufaDbContext db, string reference, string reporterKey, CancellationToken cancellationToken)
    {
        if (!ConcernReference.TryNormalize(reference, out var normalized))
            return null;
        return await db.Concerns
            .Where(c => c.Reference == normalized && db.ReporterLinks.Any(l => l.ConcernId == c.Id && l.ReporterKey == reporterKey))
            .Include(c => c.Events.OrderBy(e => e.Id)).AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
    }
}
