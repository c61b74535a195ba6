using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace RufaBot.Storage;

/// <summary>Tells "the database is not there" apart from "this row breaks a rule", on SQLite and PostgreSQL.</summary>
internal static class StorageFailure
{
    private const int SqliteConstraint = 19;
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    public static bool IsUniqueViolation(Exception exception) => Chain(exception).Any(e =>
        e is SqliteException { SqliteErrorCode: SqliteConstraint, SqliteExtendedErrorCode: SqliteUnique or SqlitePrimaryKey }
        || e is DbException { SqlState: "23505" });

    /// <summary>Connection refused, timed out, dropped, database file unreadable: worth a retry later, not a bug.</summary>
    public static bool IsUnavailable(Exception exception) =>
        !Chain(exception).Any(IsConstraintViolation)
        && Chain(exception).Any(e => e is DbException or TimeoutException or SocketException or IOException);

    private static bool IsConstraintViolation(Exception e) =>
        e is SqliteException { SqliteErrorCode: SqliteConstraint }
        || e is DbException { SqlState: [ '2', '3', _, _, _ ] };

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            yield return exception;
    }
}
