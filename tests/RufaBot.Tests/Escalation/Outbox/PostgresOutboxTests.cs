using Npgsql;
using RufaBot.Testing;

namespace RufaBot.Tests.Escalation.Outbox;

/// <summary>The outbox contract on a real PostgreSQL server: claims use FOR UPDATE SKIP LOCKED.</summary>
public sealed class PostgresOutboxTests(PostgresServer server) : OutboxContract, IClassFixture<PostgresServer>
{
    private string? _connection;

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings(string folder) => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Rufa"] = _connection ??= server.ConnectionStringFor($"rufa_{Guid.NewGuid():N}") + ";Maximum Pool Size=20",
    };

    // Each test's database has its own pool; let its connections go rather than hold them for the whole run.
    protected override Task AfterTestAsync()
    {
        if (_connection is not null)
        {
            using var connection = new NpgsqlConnection(_connection);
            NpgsqlConnection.ClearPool(connection);
        }
        return Task.CompletedTask;
    }
}
