using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RufaBot.Concerns;

namespace RufaBot.Tests.Storage;

/// <summary>The storage contract on SQLite: a file under the test's content root, as a fresh clone would have it.</summary>
public sealed class SqliteConcernStorageTests : ConcernStorageContract
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
    };

    private protected override IEnumerable<string> DatabaseFiles() =>
        Directory.GetFiles(Path.Combine(ContentRoot, "data"), "rufabot.db*");

    [Fact]
    public void Defaults_PutTheDatabaseAndKeyRingUnderTheContentRoot()
    {
        Assert.True(File.Exists(Path.Combine(ContentRoot, "data", "rufabot.db")));
        Assert.True(File.Exists(Path.Combine(ContentRoot, "data", "keys", "reporter-key.secret")));
        Assert.Equal("*", File.ReadAllLines(Path.Combine(ContentRoot, "data", ".gitignore"))[^1]);
    }

    [Fact]
    public async Task InMemoryDatabase_IsSharedByEveryContext_AndNeedsNoFolder()
    {
        await using var memory = await StartHostAsync(overrides: new Dictionary<string, string?> { ["ConnectionStrings:Rufa"] = "Data Source=:memory:" });

        var reference = await memory.Concerns.SubmitAsync(Concerns.IntakeAnswers.Of(), new("aad-1", null, null), "draft", CancellationToken.None);

        Assert.Equal(reference, Assert.Single(await memory.Concerns.ListForReporterAsync("aad-1", CancellationToken.None)).Reference);
        Assert.Empty(await Host.Concerns.ListForReporterAsync("aad-1", CancellationToken.None));
    }

    [Fact]
    public async Task UnopenableFile_IsAnOutage_ForTheChatAndTheHealthCheck()
    {
        await using var broken = await StartHostAsync(overrides: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Rufa"] = $"Data Source={ContentRoot};Mode=ReadWrite",
            ["Storage:MigrateOnStartup"] = "false",
        });

        await Assert.ThrowsAsync<ConcernStorageUnavailableException>(() =>
            broken.Concerns.SubmitAsync(Concerns.IntakeAnswers.Of(), new("aad-1", null, null), "draft", CancellationToken.None));
        var report = await broken.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["database"].Status);
    }
}
