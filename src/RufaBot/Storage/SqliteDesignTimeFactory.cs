using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace RufaBot.Storage;

/// <summary>For <c>dotnet ef migrations add X --context SqliteRufaDbContext</c>; never connects.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteRufaDbContext>
{
    public SqliteRufaDbContext CreateDbContext(string[] args) => new(
        new DbContextOptionsBuilder<SqliteRufaDbContext>().UseSqlite(StorageLocation.DefaultSqlite).Options,
        new StorageProtection(new EphemeralDataProtectionProvider()));
}
