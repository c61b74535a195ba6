namespace RufaBot.Storage;

internal enum StorageProvider
{
    Sqlite,
    PostgreSQL,
}
