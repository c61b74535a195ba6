using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Reserves due messages for one dispatcher instance through <see cref="LeaseClaim"/>: only the oldest undelivered
/// message of each recipient (so a recipient's messages arrive in order), only when no live lease holds it.
/// </summary>
internal sealed class OutboxClaims(StorageLocation location)
{
    public Task<IReadOnlyList<Guid>> ClaimAsync(RufaDbContext db, string owner, DateTimeOffset now, TimeSpan lease, int batch, CancellationToken ct)
    {
        var nowTicks = now.UtcTicks;
        var until = (now + lease).UtcTicks;
        return LeaseClaim.ClaimAsync(db, location, $"""
                UPDATE "OutboxMessages" SET "LeaseOwner" = {owner}, "LeaseUntil" = {until}
                WHERE "Id" IN (
                    SELECT m."Id" FROM "OutboxMessages" m
                    WHERE m."DeliveredAt" IS NULL AND m."DueAt" <= {nowTicks} AND (m."LeaseUntil" IS NULL OR m."LeaseUntil" < {nowTicks})
                      AND NOT EXISTS (SELECT 1 FROM "OutboxMessages" p
                                      WHERE p."RecipientKey" = m."RecipientKey" AND p."DeliveredAt" IS NULL AND p."Sequence" < m."Sequence")
                    ORDER BY m."Sequence"
                    LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """,
            Heads(db, now).Take(batch).Select(m => m.Id),
            id => db.OutboxMessages.Where(m => m.Id == id && m.DeliveredAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, now + lease), ct),
            ct);
    }

    /// <summary>
    /// Leases a recipient's next message once the one before it was delivered: their new head, if it is due and free.
    /// The update checks again that no earlier message of the recipient waits, as the round's own claim does, so a
    /// message committed late by another instance is not overtaken.
    /// </summary>
    public async Task<Guid?> ClaimNextAsync(RufaDbContext db, string recipientKey, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken ct)
    {
        var head = await db.OutboxMessages.AsNoTracking().Where(m => m.RecipientKey == recipientKey && m.DeliveredAt == null)
            .OrderBy(m => m.Sequence).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
        if (head is not { } id)
            return null;
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.DeliveredAt == null && m.DueAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now)
                && !db.OutboxMessages.Any(p => p.RecipientKey == m.RecipientKey && p.DeliveredAt == null && p.Sequence < m.Sequence))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, now + lease), ct);
        return claimed == 1 ? id : null;
    }

    /// <summary>Gives back a claimed message this round will not deliver, so any instance may take it at once.</summary>
    public Task ReleaseAsync(RufaDbContext db, Guid id, string owner, CancellationToken ct) =>
        db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner && m.DeliveredAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);

    private static IQueryable<OutboxMessage> Heads(RufaDbContext db, DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.DeliveredAt == null && m.DueAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now)
                && !db.OutboxMessages.Any(p => p.RecipientKey == m.RecipientKey && p.DeliveredAt == null && p.Sequence < m.Sequence))
            .OrderBy(m => m.Sequence);
}
