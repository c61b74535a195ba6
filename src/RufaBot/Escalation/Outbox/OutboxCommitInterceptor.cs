using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Wakes the dispatcher when outbox messages were committed: after SaveChanges, or after the explicit transaction
/// that contained it. Waking early is harmless (the dispatcher finds nothing and waits again).
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal, OutboxRecipientKeys keys) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        SignalIfCommitted(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SignalIfCommitted(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    // Also stamps each new message's recipient key, which needs the secret the static OutboxWrites cannot reach.
    private void Remember(DbContext? context)
    {
        if (context is null)
            return;
        var added = context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).ToList();
        foreach (var entry in added.Where(e => e.Entity.RecipientKey.Length == 0))
            entry.Entity.RecipientKey = keys.For(entry.Entity);
        if (added.Count > 0)
            pending.AddOrUpdate(context, this);
    }

    private void SignalIfCommitted(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            Flush(context);
    }

    private void Flush(DbContext? context)
    {
        if (context is not null && pending.Remove(context))
            signal.Notify();
    }
}
