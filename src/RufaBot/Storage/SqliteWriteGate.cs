using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RufaBot.Storage;

/// <summary>
/// SQLite takes one writer at a time; a second writer gets SQLITE_BUSY and the driver retries it by sleeping a thread
/// pool thread, which under load stalls every turn. This gate lets one <c>SaveChanges</c> of this process write at a
/// time and makes the others wait asynchronously instead. A context already inside a transaction of its own is not
/// gated: it holds the database's write lock, and waiting here could deadlock against it.
/// </summary>
internal sealed class SqliteWriteGate : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    // Contexts that hold the gate: a save that failed or was cancelled before it got the gate releases nothing.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _holders = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Gated(eventData))
        {
            await _gate.WaitAsync(cancellationToken);
            _holders.AddOrUpdate(eventData.Context!, this);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Gated(eventData))
        {
            _gate.Wait();
            _holders.AddOrUpdate(eventData.Context!, this);
        }
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData);

    public void Dispose() => _gate.Dispose();

    private static bool Gated(DbContextEventData eventData) => eventData.Context?.Database.CurrentTransaction is null;

    private void Release(DbContextEventData eventData)
    {
        if (eventData.Context is { } context && _holders.Remove(context))
            _gate.Release();
    }
}
