using Microsoft.Data.Sqlite;

namespace RufaBot.Storage;

/// <summary>
/// Where the database and the key ring are, resolved once at start-up. SQLite paths are relative to the content
/// root, so <c>dotnet run</c> on a fresh clone creates <c>data/rufabot.db</c> and <c>data/keys/</c> there. A SQLite
/// <c>:memory:</c> database becomes a named shared-cache one (each context opens its own connection to it) with an
/// in-memory key ring: nothing outlives the process.
/// </summary>
internal sealed record StorageLocation(StorageProvider Provider, string ConnectionString, string? SqliteFile, string? KeyRingFolder)
{
    public const string ConnectionStringName = "Rufa";

    /// <summary>An Npgsql connection string under this name selects PostgreSQL, whatever <c>Storage:Provider</c> says.</summary>
    public const string ConcernsConnectionStringName = "Concerns";

    public const string DefaultSqlite = "Data Source=data/rufabot.db";

    public bool InMemory => Provider == StorageProvider.Sqlite && SqliteFile is null;

    public static StorageLocation Resolve(IConfiguration configuration, string contentRoot)
    {
        var options = Bind(configuration);
        var connection = configuration.GetConnectionString(ConnectionStringName);
        var keyRing = Path.GetFullPath(Path.Combine(contentRoot, options.KeyRingFolder));
        if (configuration.GetConnectionString(ConcernsConnectionStringName) is { } concerns && !string.IsNullOrWhiteSpace(concerns))
            return new StorageLocation(StorageProvider.PostgreSQL, concerns, null, keyRing);
        if (options.Provider == StorageProvider.PostgreSQL)
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new InvalidOperationException("Storage:Provider is PostgreSQL but ConnectionStrings:Rufa is empty; set it (or ConnectionStrings:Concerns) to an Npgsql connection string (Host=…;Database=…;Username=…).");
            return new StorageLocation(StorageProvider.PostgreSQL, connection, null, keyRing);
        }

        var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connection) ? DefaultSqlite : connection);
        if (sqlite.DataSource is "" or ":memory:" || sqlite.Mode == SqliteOpenMode.Memory)
        {
            sqlite.DataSource = $"rufa-{Guid.NewGuid():N}";
            sqlite.Mode = SqliteOpenMode.Memory;
            sqlite.Cache = SqliteCacheMode.Shared;
            return new StorageLocation(StorageProvider.Sqlite, sqlite.ToString(), null, null);
        }
        sqlite.DataSource = Path.GetFullPath(Path.Combine(contentRoot, sqlite.DataSource));
        return new StorageLocation(StorageProvider.Sqlite, sqlite.ToString(), sqlite.DataSource, keyRing);
    }

    // Read before the host is built, so a bad value would otherwise surface as the binder's bare type error.
    private static StorageOptions Bind(IConfiguration configuration)
    {
        var section = configuration.GetSection(StorageOptions.Section);
        if (section["Provider"] is { Length: > 0 } provider && !(Enum.TryParse<StorageProvider>(provider, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)))
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not valid: use Sqlite (the default) or PostgreSQL.");
        if (section["MigrateOnStartup"] is { Length: > 0 } migrate && !bool.TryParse(migrate, out _))
            throw new InvalidOperationException($"Storage:MigrateOnStartup '{migrate}' is not valid: use true (the default) or false.");
        return section.Get<StorageOptions>() ?? new StorageOptions();
    }
}
