using Microsoft.Data.Sqlite;
using Npgsql;
using RufaBot.Testing;
using StackExchange.Redis;

namespace RufaBot.LoadDriver;

/// <summary>
/// Where the bots keep state and concerns: a temp folder with the SQLite file and key ring (memory mode), plus a
/// private redis-server and PostgreSQL (redis mode). Gives the bots' settings, counts stored concerns and reads
/// Redis's own command counts.
/// </summary>
internal sealed class StateBackend : IAsyncDisposable
{
    private const string Database = "rufabot_load";
    private readonly RedisServer? _redis;
    private readonly PostgresServer? _postgres;
    private readonly IConnectionMultiplexer? _admin;

    private StateBackend(string folder, RedisServer? redis, PostgresServer? postgres, IConnectionMultiplexer? admin)
    {
        Folder = folder;
        _redis = redis;
        _postgres = postgres;
        _admin = admin;
    }

    public string Folder { get; }
    private string SqliteFile => Path.Combine(Folder, "rufabot.db");

    public static async Task<StateBackend> StartAsync(StateMode mode)
    {
        var folder = Directory.CreateTempSubdirectory("rufa-load-").FullName;
        if (mode == StateMode.Memory)
            return new StateBackend(folder, null, null, null);
        var redis = new RedisServer();
        await redis.InitializeAsync();
        var postgres = new PostgresServer();
        await postgres.InitializeAsync();
        // INFO needs an admin connection; the bots' own connections stay ordinary.
        var admin = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString + ",allowAdmin=true");
        return new StateBackend(folder, redis, postgres, admin);
    }

    public IEnumerable<KeyValuePair<string, string>> BotEnvironment()
    {
        yield return new("Storage__KeyRingFolder", Path.Combine(Folder, "keys"));
        if (_redis is null || _postgres is null)
        {
            yield return new("ConnectionStrings__Rufa", $"Data Source={SqliteFile}");
            yield break;
        }
        yield return new("ConnectionStrings__Redis", _redis.ConnectionString);
        // Two bots must stay under the private server's 100 connections.
        yield return new("ConnectionStrings__Concerns", _postgres.ConnectionStringFor(Database) + ";Maximum Pool Size=40");
    }

    public async Task<long> CountConcernsAsync()
    {
        if (_postgres is null)
        {
            await using var sqlite = new SqliteConnection($"Data Source={SqliteFile};Mode=ReadOnly");
            await sqlite.OpenAsync();
            await using var command = new SqliteCommand("SELECT COUNT(*) FROM \"Concerns\"", sqlite);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        await using var pg = new NpgsqlConnection(_postgres.ConnectionStringFor(Database));
        await pg.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM \"Concerns\"", pg);
        return Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Commands Redis executed so far (INFO commandstats), not counting INFO itself; null without Redis.</summary>
    public async Task<long?> RedisCommandsAsync()
    {
        if (_admin is null)
            return null;
        var server = _admin.GetServer(_admin.GetEndPoints()[0]);
        var sections = await server.InfoAsync("commandstats");
        return sections.SelectMany(g => g)
            .Where(kv => kv.Key.StartsWith("cmdstat_", StringComparison.Ordinal) && kv.Key != "cmdstat_info")
            .Sum(kv => long.Parse(kv.Value.Split(',')[0].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        if (_admin is not null)
            await _admin.DisposeAsync();
        if (_redis is not null)
            await _redis.DisposeAsync();
        if (_postgres is not null)
            await _postgres.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
