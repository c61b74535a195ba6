namespace RufaBot.Tests.Retention;

/// <summary>The retention contract on SQLite: a file under the test's content root, shared by the test's hosts.</summary>
public sealed class SqliteRetentionTests : RetentionContract
{
    protected override IReadOnlyDictionary<string, string?> DatabaseSettings() => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Sqlite",
    };
}
