using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Files;
using RufaBot.Concerns.Reporters;
using RufaBot.Concerns.Views;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// The reporter's side: found through keyed hashes of the identity the channel vouches for, one per concern, never
/// through a stored id (see <see cref="ReporterKeys"/>).
/// </summary>
internal sealed partial class ConcernService
{
    /// <summary>
    /// The reporter's concerns, most recently updated first. No stored value is shared by one person's links, so each
    /// link's key is recomputed here, one HMAC per stored link. Links still under
    /// the person's former single key are re-keyed on the way.
    /// </summary>
    public Task<IReadOnlyList<ConcernSummary>> ListForReporterAsync(string reporterId, CancellationToken cancellationToken)
    {
        var matcher = keys.ForReporter(reporterId);
        return Guard<IReadOnlyList<ConcernSummary>>(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var links = await db.ReporterLinks.AsNoTracking().Select(l => new { l.ConcernId, l.ReporterKey }).ToListAsync(cancellationToken);
            var mine = links.Where(l => matcher.Owns(l.ConcernId, l.ReporterKey)).ToList();
            if (mine.Count == 0)
                return [];
            await RekeyLegacyLinksAsync(db, matcher, [.. mine.Where(l => l.ReporterKey == matcher.LegacyKey).Select(l => l.ConcernId)], cancellationToken);
            var ids = mine.Select(l => l.ConcernId).ToList();
            var rows = await db.Concerns.Where(c => ids.Contains(c.Id))
                .Select(c => new { c.Reference, c.Status, c.CreatedAt, c.UpdatedAt, c.Categories })
                .ToListAsync(cancellationToken);
            // Ordered here: SQLite cannot order by DateTimeOffset, and a reporter has few concerns.
            return [.. rows.OrderByDescending(r => r.UpdatedAt).Select(r => new ConcernSummary(r.Reference, r.Status, r.CreatedAt, r.UpdatedAt, r.Categories))];
        }, cancellationToken);
    }

    /// <summary>Null when there is no such reference or it is not this reporter's.</summary>
    public Task<ReporterConcernView?> GetForReporterAsync(string reference, string reporterId, CancellationToken cancellationToken)
    {
        var matcher = keys.ForReporter(reporterId);
        return Guard(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var concern = await FindForReporter(db, reference, matcher, cancellationToken);
            return concern is null ? null : ReporterConcernView.Of(concern);
        }, cancellationToken);
    }

    /// <summary>
    /// Appends the reporter's text to their concern and its trail; answers a pending question; queues the updated cards
    /// for the focal points. Null when the concern is not theirs; <see cref="ConcernTransitionException"/> when it is closed.
    /// </summary>
    public Task<ReporterConcernView?> AddInformationAsync(string reference, string reporterId, string text, CancellationToken cancellationToken)
    {
        var matcher = keys.ForReporter(reporterId);
        return Guard(() => AddToAsync(db => FindForReporter(db, reference, matcher, cancellationToken), text, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Adds the reporter's text to the concern <paramref name="find"/> loads, with the focal points' card updates,
    /// retrying on a concurrent change. Null when <paramref name="find"/> finds nothing.
    /// </summary>
    private async Task<ReporterConcernView?> AddToAsync(Func<RufaDbContext, Task<Concern?>> find, string? text, CancellationToken cancellationToken,
        IReadOnlyList<CheckedFile>? files = null, int maxFiles = int.MaxValue)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var concern = await find(db);
            if (concern is null)
                return null;
            var now = time.GetUtcNow();
            if (files is { Count: > 0 } && concern.FileCount + files.Count > maxFiles)
                throw new ConcernFileLimitException(Math.Max(0, maxFiles - concern.FileCount));
            if (text is not null)
                concern.AddInformation(text, now);
            // Only what FileCheck accepted can be stored: the type is the one found in the bytes, the metadata is gone.
            foreach (var file in files ?? [])
            {
                concern.AddFile(now);
                db.ConcernFiles.Add(new ConcernFile(concern.Id, concern.FileCount, file, now));
            }
            // The focal points' cards show the answer: their updates commit with it or not at all.
            await changes.ChangingAsync(db, concern, now, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (text is not null) Log.InformationAdded(logger);
                if (files is { Count: > 0 }) Log.FilesAdded(logger, files.Count);
                return ReporterConcernView.Of(concern);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // A focal point changed the concern meanwhile: apply the addition to the fresh copy.
                Log.ConcurrentChange(logger, attempt);
            }
        }
    }

    private static async Task<Concern?> FindForReporter(RufaDbContext db, string reference, ReporterKeys.ReporterMatcher matcher, CancellationToken cancellationToken)
    {
        if (!ConcernReference.TryNormalize(reference, out var normalized))
            return null;
        var link = await db.Concerns.Where(c => c.Reference == normalized)
            .Join(db.ReporterLinks, c => c.Id, l => l.ConcernId, (c, l) => new { l.ConcernId, l.ReporterKey })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null || !matcher.Owns(link.ConcernId, link.ReporterKey))
            return null;
        return await db.Concerns.Where(c => c.Id == link.ConcernId)
            .Include(c => c.Events.OrderBy(e => e.Id)).AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Gives links stored under the person's former single key their own key each (see <see cref="ReporterKeys"/>).</summary>
    private static async Task RekeyLegacyLinksAsync(RufaDbContext db, ReporterKeys.ReporterMatcher matcher, IReadOnlyList<Guid> concernIds, CancellationToken cancellationToken)
    {
        foreach (var id in concernIds)
        {
            var key = matcher.KeyFor(id);
            await db.ReporterLinks.Where(l => l.ConcernId == id && l.ReporterKey == matcher.LegacyKey)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.ReporterKey, key), cancellationToken);
        }
    }
}
