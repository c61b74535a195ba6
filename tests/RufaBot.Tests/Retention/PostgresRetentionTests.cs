using Npgsql;
using RufaBot.Testing;

namespace RufaBot.Tests.Retention;

/// <summary>The retention contract on a real PostgreSQL server (one cluster for the class, one database per test).</summary>
public sealed class PostgresRetentionTests(PostgresServer server) : RetentionContract, IClassFixture<PostgresServer>
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Rufa"] = server.ConnectionStringFor($"rufa_{Guid.NewGuid():N}") + ";Maximum Pool Size=20",
    };

    protected override Task AfterTestAsync(IReadOnlyDictionary<string, string?> settings)
    {
        using var connection = new NpgsqlConnection(settings["ConnectionStrings:Rufa"]);
        NpgsqlConnection.ClearPool(connection);
        return Task.CompletedTask;
    }
}
