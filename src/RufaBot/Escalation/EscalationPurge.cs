using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Retention;
using RufaBot.Storage;

namespace RufaBot.Escalation;

/// <summary>
/// When retention purges a concern, its queued messages and its SLA timer go in the purge's transaction: a message
/// still waiting would carry the concern's content out after the concern lost it, and a timer would step a tombstone.
/// </summary>
internal sealed class EscalationPurge : IConcernPurgeHook
{
    public async Task PurgingAsync(RufaDbContext db, Guid concernId, CancellationToken ct)
    {
        await db.OutboxMessages.Where(m => m.ConcernId == concernId).ExecuteDeleteAsync(ct);
        await db.SlaTimers.Where(t => t.ConcernId == concernId).ExecuteDeleteAsync(ct);
    }
}
