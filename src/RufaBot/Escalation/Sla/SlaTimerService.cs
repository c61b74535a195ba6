using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Hosting;
using RufaBot.Storage;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// Runs the SLA ladder: arms a timer for each open concern whose stage changed, and steps the due timers (remind the
/// assigned focal points, then alert the backup, then the next tier), one step per <see cref="SlaOptions.StepInterval"/>.
/// Time comes from <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
internal sealed class SlaTimerService(IDbContextFactory<RufaDbContext> contexts, SlaDeadlines deadlines, SlaClaims claims, SlaStepper stepper,
    BackgroundWorkGate gate, IOptionsMonitor<SlaOptions> options, TimeProvider time, ILogger<SlaTimerService> logger) : PeriodicWorker(time)
{
    public string Owner { get; } = LeaseOwner.New();

    protected override TimeSpan Interval => options.CurrentValue.PollInterval;

    protected override bool Starting() => options.CurrentValue.Enabled;

    protected override async Task<bool> RoundAsync(CancellationToken ct)
    {
        await RunOnceAsync(ct);
        return false;
    }

    protected override void RoundFailed(Exception failure) => Log.RoundFailed(logger, failure.GetType().Name, failure);

    // A clean stop hands back the timers this instance holds, so another instance steps them without waiting.
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.SlaTimers.Where(t => t.LeaseOwner == Owner)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, (string?)null).SetProperty(t => t.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.RoundFailed(logger, e.GetType().Name, e);
        }
    }

    // Arming and each step give way to people's turns, the round as a whole at most the gate's deferral.
    public async Task RunOnceAsync(CancellationToken ct)
    {
        var deadline = gate.RoundDeadline();
        using (await gate.AcquireAsync(deadline, ct))
            await ArmAsync(ct);
        var settings = options.CurrentValue;
        await using var db = await contexts.CreateDbContextAsync(ct);
        foreach (var id in await claims.ClaimAsync(db, Owner, Time.GetUtcNow(), settings.LeaseDuration, 50, ct))
        {
            using var slot = await gate.AcquireAsync(deadline, ct);
            await stepper.StepAsync(id, Owner, ct);
        }
    }

    // Concerns whose timer is missing or was armed for another tier or status.
    private async Task ArmAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var concerns = await db.Concerns.AsNoTracking().Include(c => c.Events).AsSingleQuery()
            .Where(c => c.Status != ConcernStatus.Closed && !db.SlaTimers.Any(t => t.ConcernId == c.Id && t.Tier == c.Tier && t.Status == c.Status))
            .OrderBy(c => c.Id).Take(100).ToListAsync(ct);
        foreach (var concern in concerns)
        {
            var deadline = deadlines.Evaluate(concern);
            var timer = await db.SlaTimers.FirstOrDefaultAsync(t => t.ConcernId == concern.Id, ct);
            if (timer is null)
                db.SlaTimers.Add(timer = new SlaTimer { ConcernId = concern.Id });
            // The same deadline again (e.g. back from waiting on the reporter) keeps its steps, so nobody is reminded twice.
            if (timer.Milestone != deadline?.Milestone || timer.DueAt != deadline?.DueAt)
            {
                timer.Steps = 0;
                timer.NextStepAt = deadline?.DueAt;
            }
            (timer.Tier, timer.Status, timer.Milestone, timer.DueAt) = (concern.Tier, concern.Status, deadline?.Milestone, deadline?.DueAt);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (StorageFailure.IsUniqueViolation(e) || e is DbUpdateConcurrencyException)
            {
                // Another instance armed it at the same moment.
                db.ChangeTracker.Clear();
            }
        }
    }
}
