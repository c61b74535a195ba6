using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RufaBot.Storage;

/// <summary>
/// Takes the <see cref="SqliteWriterGate"/> turn where EF Core is about to write (SaveChanges, a transaction, a
/// statement such as ExecuteUpdate run outside one) and gives it back once the write is over: the save or statement
/// finished or failed, the transaction committed or rolled back, or the connection closed (a transaction disposed
/// without either). On a SQLite file (WAL) reads outside a transaction never wait. An in-memory database shares one
/// cache, where a reader locks whole tables: there a query takes the turn too, until its connection closes, because a
/// reader holding one table while waiting for another that a writer holds would otherwise wait on that writer while
/// the writer waits on it. SQLite only; PostgreSQL has row locks.
/// </summary>
internal sealed class SqliteWriterGateInterceptor(SqliteWriterGate gate, StorageLocation location)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (location.InMemory && command.Transaction is null)
            gate.Enter(eventData.Context);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (location.InMemory && command.Transaction is null)
            await gate.EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        gate.Enter(eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        await gate.EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ExitOutsideTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => ExitOutsideTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => ExitOutsideTransaction(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitOutsideTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        gate.Enter(eventData.Context);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await gate.EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => gate.Exit(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        gate.Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => gate.Exit(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        gate.Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => gate.Exit(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        gate.Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is null)
            gate.Enter(eventData.Context);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
            await gate.EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        ExitOutsideTransaction(command, eventData.Context);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ExitOutsideTransaction(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => ExitOutsideTransaction(command, eventData.Context);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitOutsideTransaction(command, eventData.Context);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => ExitOutsideTransaction(command, eventData.Context);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ExitOutsideTransaction(command, eventData.Context);
        return Task.CompletedTask;
    }

    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => gate.Exit(eventData.Context);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        gate.Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => gate.Exit(eventData.Context);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        gate.Exit(eventData.Context);
        return Task.CompletedTask;
    }

    // Inside a transaction the turn is kept until it ends; a reader's failure must not give it back early either.
    private void ExitOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
            gate.Exit(context);
    }

    private void ExitOutsideTransaction(DbCommand command, DbContext? context)
    {
        if (command.Transaction is null)
            ExitOutsideTransaction(context);
    }
}
