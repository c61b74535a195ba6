using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RufaBot.Storage;

/// <summary>The concern database answers. No connection string or exception text in the report.</summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<RufaDbContext> contexts, StorageLocation location) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy($"{location.Provider} answers.")
            : HealthCheckResult.Unhealthy($"{location.Provider} does not answer.");
    }
}
