using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// Reserves due timers for one instance through <see cref="LeaseClaim"/>, as the outbox does. A timer is only ever
/// stepped by the instance holding its lease.
/// </summary>
internal sealed class SlaClaims(StorageLocation location)
{
    public Task<IReadOnlyList<Guid>> ClaimAsync(RufaDbContext db, string owner, DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        var nowTicks = now.UtcTicks;
        var until = (now + lease).UtcTicks;
        return LeaseClaim.ClaimAsync(db, location, $"""
                UPDATE "SlaTimers" SET "LeaseOwner" = {owner}, "LeaseUntil" = {until}
                WHERE "ConcernId" IN (
                    SELECT t."ConcernId" FROM "SlaTimers" t
                    WHERE t."NextStepAt" <= {nowTicks} AND (t."LeaseUntil" IS NULL OR t."LeaseUntil" < {nowTicks})
                    ORDER BY t."NextStepAt"
                    LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "ConcernId" AS "Value"
                """,
            db.SlaTimers.Where(t => t.NextStepAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
                .OrderBy(t => t.NextStepAt).Take(batch).Select(t => t.ConcernId),
            id => db.SlaTimers.Where(t => t.ConcernId == id && t.NextStepAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, owner).SetProperty(t => t.LeaseUntil, now + lease), ct),
            ct);
    }
}
