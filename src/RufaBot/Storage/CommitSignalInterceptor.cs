using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RufaBot.Storage;

/// <summary>
/// Wakes a background worker once new rows of <typeparamref name="TEntity"/> are committed: after SaveChanges, or after
/// the explicit transaction that contained it. Not before: a worker woken early would read the queue, find nothing
/// yet and sleep until its next poll. Waking when nothing is new is harmless.
/// </summary>
internal abstract class CommitSignalInterceptor<TEntity>(Action notify) : SaveChangesInterceptor, IDbTransactionInterceptor where TEntity : class
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    /// <summary>Called as the added rows are about to be saved, for a subclass to complete them.</summary>
    protected virtual void Adding(IReadOnlyList<EntityEntry<TEntity>> added)
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
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

    private void Remember(DbContext? context)
    {
        if (context is null)
            return;
        var added = context.ChangeTracker.Entries<TEntity>().Where(e => e.State == EntityState.Added).ToList();
        if (added.Count == 0)
            return;
        Adding(added);
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
            notify();
    }
}
