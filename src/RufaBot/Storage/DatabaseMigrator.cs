using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;

namespace RufaBot.Storage;

/// <summary>
/// Brings the database to the latest migration before the bot takes traffic (EF takes a migration lock, so several
/// instances starting together are safe). A database that cannot be reached stops start-up with the reason.
/// </summary>
internal sealed class DatabaseMigrator(IDbContextFactory<RufaDbContext> contexts, StorageLocation location, IOptions<StorageOptions> options, ILogger<DatabaseMigrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (location.SqliteFile is { } file)
            DataFolder.Ensure(Path.GetDirectoryName(file)!);
        if (!options.Value.MigrateOnStartup)
        {
            Log.MigrationsSkipped(logger, location.Provider);
            return;
        }
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers (health checks, "my concerns") run while a concern is being written.
        if (location.SqliteFile is not null)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        Log.DatabaseReady(logger, location.Provider, pending);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
