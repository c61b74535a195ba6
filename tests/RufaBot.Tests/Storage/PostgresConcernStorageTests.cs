using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using RufaBot.Concerns;
using RufaBot.Testing;

namespace RufaBot.Tests.Storage;

/// <summary>The storage contract on a real PostgreSQL server (one cluster for the class, one database per test).</summary>
public sealed class PostgresConcernStorageTests(PostgresServer server) : ConcernStorageContract, IClassFixture<PostgresServer>
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "PostgreSQL",
        ["ConnectionStrings:Rufa"] = server.ConnectionStringFor($"rufa_{Guid.NewGuid():N}") + ";Maximum Pool Size=20",
    };

    // Each test's database has its own pool; let its connections go rather than hold them for the whole run.
    protected override Task AfterTestAsync(IReadOnlyDictionary<string, string?> settings)
    {
        using var connection = new NpgsqlConnection(settings["ConnectionStrings:Rufa"]);
        NpgsqlConnection.ClearPool(connection);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ServerNotListening_IsAnOutage_ForTheChatAndTheHealthCheck()
    {
        await using var down = await StartHostAsync(overrides: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Rufa"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Database=rufa;Timeout=2",
            ["Storage:MigrateOnStartup"] = "false",
        });

        await Assert.ThrowsAsync<ConcernStorageUnavailableException>(() =>
            down.Concerns.SubmitAsync(Concerns.IntakeAnswers.Of(), new("aad-1", null, null), "draft", CancellationToken.None));
        var report = await down.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["database"].Status);
    }

    [Fact]
    public async Task ConcernsConnectionString_Alone_StoresInPostgreSQL()
    {
        var connection = server.ConnectionStringFor($"rufa_{Guid.NewGuid():N}") + ";Maximum Pool Size=5";
        await using var host = await StartHostAsync(overrides: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = null,
            ["ConnectionStrings:Rufa"] = null,
            ["ConnectionStrings:Concerns"] = connection,
        });

        var reference = await host.Concerns.SubmitAsync(Concerns.IntakeAnswers.Of(), new("aad-1", null, null), "draft", CancellationToken.None);

        await using var db = host.NewContext();
        Assert.True(Microsoft.EntityFrameworkCore.NpgsqlDatabaseFacadeExtensions.IsNpgsql(db.Database));
        Assert.Equal(reference, Assert.Single(await host.Concerns.ListForReporterAsync("aad-1", CancellationToken.None)).Reference);
        await using var direct = new NpgsqlConnection(connection);
        await direct.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"Concerns\"", direct);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        NpgsqlConnection.ClearPool(direct);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
