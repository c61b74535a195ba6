using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RufaBot.Tests.Storage;

/// <summary>
/// The connection drops right after the concern's INSERT ran, inside the save's transaction: the worst moment.
/// </summary>
internal sealed class DropAfterConcernInsert : DbCommandInterceptor
{
    public bool Armed { get; set; } = true;

    public int Dropped { get; private set; }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Hit(command) ? throw Drop(result) : result;

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        Hit(command) ? throw Drop(result) : ValueTask.FromResult(result);

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Hit(command) ? throw Drop(null) : result;

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        Hit(command) ? throw Drop(null) : ValueTask.FromResult(result);

    private bool Hit(DbCommand command) => Armed && command.CommandText.Contains("INSERT INTO \"Concerns\"", StringComparison.Ordinal);

    private FakeDbException Drop(DbDataReader? reader)
    {
        reader?.Dispose();
        Dropped++;
        return new FakeDbException("connection reset by peer");
    }
}
