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
    IOptionsMonitor<RetentionOptions> options, TimeProvider time, ILogger<RetentionService> logger) : PeriodicWorker(time)
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
    public async Task<int> CutExpiredLinksAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var cutoff = Time.GetUtcNow() - settings.AnonymousLinksCutAfterClose;
        var cut = 0;
        var skipped = new HashSet<Guid>();
        while (!ct.IsCancellationRequested)
        {
            List<Guid> due;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                due = await db.Concerns
                    .Where(c => c.Consent == Intake.ConsentMode.Anonymous && c.Status == ConcernStatus.Closed && c.ClosedAt != null && c.ClosedAt < cutoff
                        && db.ReporterLinks.Any(l => l.ConcernId == c.Id) && !skipped.Contains(c.Id))
                    .OrderBy(c => c.ClosedAt).Select(c => c.Id).Take(settings.BatchSize).ToListAsync(ct);
            }
            foreach (var id in due)
            {
                if (await concerns.CutExpiredLinkAsync(id, cutoff, ct))
                    cut++;
                else
                    skipped.Add(id);
            }
            if (due.Count < settings.BatchSize)
                return cut;
        }
        return cut;
    }

    private async Task<int> PurgeDueAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        var cutoff = Time.GetUtcNow() - settings.ClosedConcernsPurgeAfter;
        var purged = 0;
        var skipped = new HashSet<Guid>();
        while (!ct.IsCancellationRequested)
        {
            List<Guid> due;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                due = await db.Concerns
                    .Where(c => c.Status == ConcernStatus.Closed && c.PurgedAt == null && c.ClosedAt != null && c.ClosedAt < cutoff && !skipped.Contains(c.Id))
                    .OrderBy(c => c.ClosedAt).Select(c => c.Id).Take(settings.BatchSize).ToListAsync(ct);
            }
            foreach (var id in due)
            {
                if (await purger.PurgeAsync(id, ct))
                    purged++;
                else
                    skipped.Add(id);
            }
            if (due.Count < settings.BatchSize)
                return purged;
        }
        return purged;
    }
}
