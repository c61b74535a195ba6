using Microsoft.EntityFrameworkCore;

namespace RufaBot.Storage;

/// <summary>PostgreSQL: its own type only so its migrations (Migrations/PostgreSQL) are told apart from SQLite's.</summary>
internal sealed class PostgresRufaDbContext(DbContextOptions<PostgresRufaDbContext> options, StorageProtection protection)
    : RufaDbContext(options, protection);
