using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Hosting;
using RufaBot.Storage;

namespace RufaBot.EarlyWarning.Relations;

/// <summary>Wakes <see cref="RelationWorker"/> when a submission's queued comparison is committed.</summary>
internal sealed class RelationSignal : WakeSignal;

/// <summary>Raises <see cref="RelationSignal"/> once a queued comparison is committed.</summary>
internal sealed class RelationCommitInterceptor(RelationSignal signal) : CommitSignalInterceptor<RelationCheck>(signal.Notify);

/// <summary>
/// Works the queued related-concerns checks, oldest first, after the submitters' turns: each check waits for a moment
/// without people's turns, at most <see cref="BackgroundWorkOptions.MaxDeferral"/> after it was queued
/// (<see cref="BackgroundWorkGate"/>). A check that fails stays queued, postponed by <see cref="RetryAfter"/> so that
/// the checks behind it are not held up, and is tried again then.
/// </summary>
internal sealed class RelationWorker(IDbContextFactory<RufaDbContext> contexts, RelatedConcerns related, RelationSignal signal, BackgroundWorkGate gate,
    IOptionsMonitor<EarlyWarningOptions> options, TimeProvider time, ILogger<RelationWorker> logger) : PeriodicWorker(time)
{
    private const int BatchSize = 20;

    public static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected override TimeSpan Interval => options.CurrentValue.Relations.PollInterval;

    protected override bool Starting() => options.CurrentValue.Relations.WorkerEnabled;

    protected override Task<bool> RoundAsync(CancellationToken ct) => RunOnceAsync(ct);

    protected override void RoundFailed(Exception failure) => Log.RoundFailed(logger, "relations", failure.GetType().Name, failure);

    // A commit wakes the worker at once; the poll catches other instances' commits and postponed checks.
    protected override WakeSignal Wake => signal;

    /// <summary>One round of up to 20 checks; true when there were any (more may be waiting).</summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        List<RelationCheck> due;
        var now = Time.GetUtcNow();
        await using (var db = await contexts.CreateDbContextAsync(ct))
            due = await db.Set<RelationCheck>().AsNoTracking().Where(c => c.DueAt <= now).OrderBy(c => c.DueAt).Take(BatchSize).ToListAsync(ct);
        foreach (var check in due)
        {
            using var slot = await gate.AcquireAsync(gate.DeadlineFor(check.DueAt), ct);
            try
            {
                await related.CheckAsync(check.ConcernId, ct);
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                RoundFailed(e);
                await related.PostponeAsync(check.ConcernId, RetryAfter, ct);
            }
        }
        return due.Count > 0;
    }
}
