using Microsoft.Data.Sqlite;

namespace RufaBot.Storage;

/// <summary>A shared-cache in-memory SQLite database lives while one connection to it is open: this is that connection.</summary>
internal sealed class SqliteMemoryAnchor : IDisposable
{
    private readonly SqliteConnection _connection;

    public SqliteMemoryAnchor(StorageLocation location)
    {
        _connection = new SqliteConnection(location.ConnectionString);
        _connection.Open();
    }

    public void Dispose() => _connection.Dispose();
}
