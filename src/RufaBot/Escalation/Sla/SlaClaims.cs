using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// Reserves due timers for one instance, as the outbox does: PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, SQLite with
/// a conditional update per row. A timer is only ever stepped by the instance holding its lease.
/// </summary>
internal sealed class SlaClaims(StorageLocation location)
{
    public async Task<IReadOnlyList<Guid>> ClaimAsync(RufaDbContext db, string owner, DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        var nowTicks = now.UtcTicks;
        var until = (now + lease).UtcTicks;
        if (location.Provider == StorageProvider.PostgreSQL)
            return await db.Database.SqlQuery<Guid>($"""
                UPDATE "SlaTimers" SET "LeaseOwner" = {owner}, "LeaseUntil" = {until}
                WHERE "ConcernId" IN (
                    SELECT t."ConcernId" FROM "SlaTimers" t
                    WHERE t."NextStepAt" <= {nowTicks} AND (t."LeaseUntil" IS NULL OR t."LeaseUntil" < {nowTicks})
                    ORDER BY t."NextStepAt"
                    LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "ConcernId" AS "Value"
                """).ToListAsync(ct);

        var candidates = await db.SlaTimers.Where(t => t.NextStepAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
            .OrderBy(t => t.NextStepAt).Take(batch).Select(t => t.ConcernId).ToListAsync(ct);
        var claimed = new List<Guid>(candidates.Count);
        foreach (var id in candidates)
        {
            var updated = await db.SlaTimers.Where(t => t.ConcernId == id && t.NextStepAt <= now && (t.LeaseUntil == null || t.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseOwner, owner).SetProperty(t => t.LeaseUntil, now + lease), ct);
            if (updated == 1)
                claimed.Add(id);
        }
        return claimed;
    }
}
