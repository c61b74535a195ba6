namespace RufaBot.Tests.Escalation.Outbox;

/// <summary>The outbox contract on SQLite, a database file that outlives each host.</summary>
public sealed class SqliteOutboxTests : OutboxContract
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings(string folder) => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
        ["ConnectionStrings:Rufa"] = $"Data Source={Path.Combine(folder, "rufa.db")}",
    };
}
