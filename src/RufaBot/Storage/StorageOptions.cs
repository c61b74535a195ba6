namespace RufaBot.Storage;

/// <summary>
/// Section <c>Storage</c>. The connection string itself is <c>ConnectionStrings:Rufa</c>; a non-empty
/// <c>ConnectionStrings:Concerns</c> takes precedence and means PostgreSQL.
/// </summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default, a file under the content root) or <c>PostgreSQL</c>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// Data Protection key ring that encrypts free text and reporter identities, relative to the content root. Keep it
    /// out of database backups (a stolen dump is then unreadable) and back it up apart: without it the encrypted
    /// fields are lost. Several instances must share it.
    /// </summary>
    public string KeyRingFolder { get; set; } = Path.Combine("data", "keys");

    /// <summary>Apply pending migrations at start-up. Turn off to run them from a pipeline instead.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

internal enum StorageProvider
{
    Sqlite,
    PostgreSQL,
}
