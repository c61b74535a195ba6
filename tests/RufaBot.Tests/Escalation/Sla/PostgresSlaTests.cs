using Npgsql;
using RufaBot.Testing;

namespace RufaBot.Tests.Escalation.Sla;

/// <summary>The SLA ladder on a real PostgreSQL server: timers claimed with FOR UPDATE SKIP LOCKED.</summary>
public sealed class PostgresSlaTests(PostgresServer server) : SlaContract, IClassFixture<PostgresServer>
{
    private readonly string _connection = server.ConnectionStringFor($"rufa_{Guid.NewGuid():N}") + ";Maximum Pool Size=20";

    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Rufa"] = _connection,
    };

    protected override Task AfterTestAsync()
    {
        using var connection = new NpgsqlConnection(_connection);
        NpgsqlConnection.ClearPool(connection);
        return Task.CompletedTask;
    }
}
