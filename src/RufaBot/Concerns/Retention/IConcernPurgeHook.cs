using RufaBot.Storage;

namespace RufaBot.Concerns.Retention;

/// <summary>
/// Rows another feature keeps about a concern that must go when retention purges it (escalation's queued messages and
/// SLA timer), deleted by that feature inside <see cref="ConcernPurger"/>'s transaction: the purge is whole or not at all.
/// </summary>
internal interface IConcernPurgeHook
{
    Task PurgingAsync(RufaDbContext db, Guid concernId, CancellationToken ct);
}
