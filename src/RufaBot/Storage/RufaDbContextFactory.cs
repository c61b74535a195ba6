using Microsoft.EntityFrameworkCore;

namespace RufaBot.Storage;

/// <summary>Serves <see cref="RufaDbContext"/> from the configured provider's context factory.</summary>
internal sealed class RufaDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<RufaDbContext>
    where TContext : RufaDbContext
{
    public RufaDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<RufaDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
