using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Hosting;
using RufaBot.Storage;

namespace RufaBot.Concerns.Retention;

/// <summary>
/// Every <see cref="RetentionOptions.Interval"/>, purges the concerns closed more than
/// <see cref="RetentionOptions.ClosedConcernsPurgeAfter"/> ago, oldest first, in batches until none is due. Open
/// concerns are never touched. Each round also cuts the reporter links of anonymous concerns closed more than
/// <see cref="RetentionOptions.AnonymousLinksCutAfterClose"/> ago. Time comes from <see cref="TimeProvider"/>, so tests
/// drive it with a fake clock.
/// </summary>
internal sealed class RetentionService(IDbContextFactory<RufaDbContext> contexts, ConcernPurger purger, ConcernService concerns,
    BackgroundWorkGate gate, IOptionsMonitor<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger) : PeriodicWorker(time)
{
    protected override TimeSpan Interval => options.CurrentValue.Interval;

    protected override bool Starting()
    {
        var settings = options.CurrentValue;
        if (!settings.Enabled)
        {
            Log.Disabled(logger);
            return false;
        }
        Log.Started(logger, settings.ClosedConcernsPurgeAfter, settings.Interval);
        return true;
    }

    // A round purges in batches until none is due, so the next one waits for the interval.
    protected override async Task<bool> RoundAsync(CancellationToken ct)
    {
        await RunOnceAsync(ct);
        return false;
    }

    protected override void RoundFailed(Exception failure) => Log.RoundFailed(logger, failure.GetType().Name, failure);

    /// <summary>One round; returns how many concerns this instance purged.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await CutExpiredLinksAsync(ct);
        return await PurgeDueAsync(ct);
    }

    /// <summary>Cuts the links of anonymous concerns closed long enough ago; returns how many this instance cut.</summary>
    public Task<int> CutExpiredLinksAsync(CancellationToken ct)
    {
        var cutoff = Time.GetUtcNow() - options.CurrentValue.AnonymousLinksCutAfterClose;
        return ForEachDueAsync(
            (db, skipped) => db.Concerns.Where(c => c.Consent == Intake.ConsentMode.Anonymous && c.Status == ConcernStatus.Closed && c.ClosedAt != null
                && c.ClosedAt < cutoff && db.ReporterLinks.Any(l => l.ConcernId == c.Id) && !skipped.Contains(c.Id)),
            id => concerns.CutExpiredLinkAsync(id, cutoff, ct), ct);
    }

    private Task<int> PurgeDueAsync(CancellationToken ct)
    {
        var cutoff = Time.GetUtcNow() - options.CurrentValue.ClosedConcernsPurgeAfter;
        return ForEachDueAsync(
            (db, skipped) => db.Concerns.Where(c => c.Status == ConcernStatus.Closed && c.PurgedAt == null && c.ClosedAt != null && c.ClosedAt < cutoff
                && !skipped.Contains(c.Id)),
            id => purger.PurgeAsync(id, ct), ct);
    }

    /// <summary>
    /// Applies <paramref name="act"/> to the concerns <paramref name="due"/> selects, oldest close first, in batches until
    /// none is left; a concern another instance took (act returns false) is skipped for the rest of the round. Each
    /// concern gives way to people's turns, the round as a whole at most the gate's deferral.
    /// </summary>
    private async Task<int> ForEachDueAsync(Func<RufaDbContext, HashSet<Guid>, IQueryable<Concern>> due, Func<Guid, Task<bool>> act, CancellationToken ct)
    {
        var batchSize = options.CurrentValue.BatchSize;
        var done = 0;
        var skipped = new HashSet<Guid>();
        var deadline = gate.RoundDeadline();
        while (!ct.IsCancellationRequested)
        {
            List<Guid> batch;
            await using (var db = await contexts.CreateDbContextAsync(ct))
                batch = await due(db, skipped).OrderBy(c => c.ClosedAt).Select(c => c.Id).Take(batchSize).ToListAsync(ct);
            foreach (var id in batch)
            {
                using var slot = await gate.AcquireAsync(deadline, ct);
                if (await act(id))
                    done++;
                else
                    skipped.Add(id);
            }
            if (batch.Count < batchSize)
                return done;
        }
        return done;
    }
}
