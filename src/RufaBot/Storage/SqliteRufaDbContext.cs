using Microsoft.EntityFrameworkCore;

namespace RufaBot.Storage;

/// <summary>SQLite: its own type only so its migrations (Migrations/Sqlite) are told apart from PostgreSQL's.</summary>
internal sealed class SqliteRufaDbContext(DbContextOptions<SqliteRufaDbContext> options, StorageProtection protection)
    : RufaDbContext(options, protection);
