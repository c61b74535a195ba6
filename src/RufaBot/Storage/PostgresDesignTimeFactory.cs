using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RufaBot.Storage;

/// <summary>For <c>dotnet ef migrations add X --context PostgresRufaDbContext</c>; never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresRufaDbContext>
{
    public PostgresRufaDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<PostgresRufaDbContext>().UseNpgsql("Host=localhost;Database=rufabot").Options,
        new StorageProtection(new EphemeralDataProtectionProvider()));
}
