using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Hosting;
using RufaBot.Storage;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Sends what the outbox holds: claims due messages under a lease, delivers each, and sleeps until the next commit
/// signal or poll. Starts after the database migrator (registered after it), so the table exists.
/// </summary>
internal sealed class OutboxDispatcher(IDbContextFactory<RufaDbContext> contexts, OutboxClaims claims, OutboxDelivery delivery, OutboxSignal signal,
    BackgroundWorkGate gate, IOptionsMonitor<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger) : PeriodicWorker(time)
{
    /// <summary>This instance's lease name: unique per process start, so a restarted instance does not inherit leases.</summary>
    public string Owner { get; } = LeaseOwner.New();

    protected override TimeSpan Interval => options.CurrentValue.PollInterval;

    protected override bool Starting() => options.CurrentValue.Enabled;

    protected override Task<bool> RoundAsync(CancellationToken ct) => RunOnceAsync(ct);

    protected override void RoundFailed(Exception failure) => Log.DispatchFailed(logger, failure.GetType().Name, failure);

    // A commit wakes the dispatcher at once; the poll catches retries that fell due and other instances' commits.
    protected override WakeSignal Wake => signal;

    // A clean stop hands back what this instance holds, so a restarted or other instance need not wait for the lease
    // to expire. A message whose send was cut off may have arrived: it is sent again (at least once, never lost).
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.OutboxMessages.Where(m => m.LeaseOwner == Owner && m.DeliveredAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Log.DispatchFailed(logger, e.GetType().Name, e);
        }
    }

    /// <summary>
    /// One round: claim the head of each recipient's queue, deliver it, and follow that recipient's queue while it flows
    /// (up to <see cref="OutboxOptions.BatchSize"/> messages in all), so a focal point with a hundred cards waiting gets
    /// them in one round, not in a hundred. True when something was claimed. Each delivery gives way to people's turns,
    /// but waits at most the gate's deferral counted from when the oldest claimed message fell due (see
    /// <see cref="BackgroundWorkGate"/>): under constant load a backlog is then sent without waiting again.
    /// </summary>
    public async Task<bool> RunOnceAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var claimed = await claims.ClaimAsync(db, Owner, Time.GetUtcNow(), settings.LeaseDuration, settings.BatchSize, ct);
        if (claimed.Count > 0)
        {
            var heads = await db.OutboxMessages.AsNoTracking().Where(m => claimed.Contains(m.Id))
                .Select(m => new { m.Id, m.RecipientKey, m.DueAt }).ToDictionaryAsync(m => m.Id, ct);
            var deadline = gate.DeadlineFor(heads.Values.Min(h => h.DueAt));
            var budget = settings.BatchSize;
            foreach (var head in claimed.Where(heads.ContainsKey).Select(id => heads[id]))
            {
                Guid? next = head.Id;
                OutboxTarget? target = null;
                while (next is { } id && budget-- > 0)
                {
                    using (await gate.AcquireAsync(deadline, ct))
                        target = await delivery.DeliverAsync(db, id, Owner, settings, target, ct);
                    next = target is null ? null : await claims.ClaimNextAsync(db, head.RecipientKey, Owner, Time.GetUtcNow(), settings.LeaseDuration, ct);
                }
                // A chain cut short by the budget: its claimed message waits for the next round, at once.
                if (next is { } unsent)
                    await claims.ReleaseAsync(db, unsent, Owner, ct);
            }
        }
        EscalationTelemetry.Backlog = await db.OutboxMessages.CountAsync(m => m.DeliveredAt == null, ct);
        return claimed.Count > 0;
    }
}
