using Microsoft.EntityFrameworkCore.ChangeTracking;
using RufaBot.Storage;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Wakes the dispatcher when outbox messages were committed (<see cref="CommitSignalInterceptor{TEntity}"/>), and
/// stamps each new message's recipient key, which needs the secret the static <see cref="OutboxWrites"/> cannot reach.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal, OutboxRecipientKeys keys) : CommitSignalInterceptor<OutboxMessage>(signal.Notify)
{
    protected override void Adding(IReadOnlyList<EntityEntry<OutboxMessage>> added)
    {
        foreach (var entry in added.Where(e => e.Entity.RecipientKey.Length == 0))
            entry.Entity.RecipientKey = keys.For(entry.Entity);
    }
}
