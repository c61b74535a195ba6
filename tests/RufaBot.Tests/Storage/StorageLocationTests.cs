using Microsoft.Extensions.Configuration;
using RufaBot.Storage;

namespace RufaBot.Tests.Storage;

public sealed class StorageLocationTests
{
    private static StorageLocation Resolve(params (string Key, string Value)[] settings) => StorageLocation.Resolve(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build(),
        "/srv/rufabot");

    [Fact]
    public void NoConfiguration_IsASqliteFileAndKeyRingUnderTheContentRoot()
    {
        var location = Resolve();

        Assert.Equal(StorageProvider.Sqlite, location.Provider);
        Assert.Equal("/srv/rufabot/data/rufabot.db", location.SqliteFile);
        Assert.Equal("/srv/rufabot/data/keys", location.KeyRingFolder);
        Assert.Contains("/srv/rufabot/data/rufabot.db", location.ConnectionString);
    }

    [Fact]
    public void AbsoluteSqlitePath_IsKept() =>
        Assert.Equal("/var/lib/rufa/concerns.db", Resolve(("ConnectionStrings:Rufa", "Data Source=/var/lib/rufa/concerns.db")).SqliteFile);

    [Theory]
    [InlineData("Data Source=:memory:")]
    [InlineData("Data Source=x;Mode=Memory")]
    public void InMemorySqlite_IsNamedAndShared_WithAnInMemoryKeyRing(string connection)
    {
        var location = Resolve(("ConnectionStrings:Rufa", connection));

        Assert.True(location.InMemory);
        Assert.Null(location.KeyRingFolder);
        Assert.Contains("Cache=Shared", location.ConnectionString);
        Assert.NotEqual(location.ConnectionString, Resolve(("ConnectionStrings:Rufa", connection)).ConnectionString);
    }

    [Fact]
    public void PostgreSQL_TakesTheConnectionStringAsGiven()
    {
        var location = Resolve(("Storage:Provider", "PostgreSQL"), ("ConnectionStrings:Rufa", "Host=db;Database=rufa"), ("Storage:KeyRingFolder", "/run/secrets/rufa-keys"));

        Assert.Equal(StorageProvider.PostgreSQL, location.Provider);
        Assert.Equal("Host=db;Database=rufa", location.ConnectionString);
        Assert.Equal("/run/secrets/rufa-keys", location.KeyRingFolder);
    }

    [Fact]
    public void PostgreSQL_WithoutConnectionString_StopsStartUp_NamingTheKey()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => Resolve(("Storage:Provider", "postgresql")));

        Assert.Contains("ConnectionStrings:Rufa", exception.Message);
    }

    [Fact]
    public void ConcernsConnectionString_SelectsPostgreSQL_WithoutAProvider_AndWinsOverRufa()
    {
        var location = Resolve(("ConnectionStrings:Concerns", "Host=db;Database=concerns"), ("ConnectionStrings:Rufa", "Data Source=data/other.db"));

        Assert.Equal(StorageProvider.PostgreSQL, location.Provider);
        Assert.Equal("Host=db;Database=concerns", location.ConnectionString);
        Assert.Null(location.SqliteFile);
        Assert.Equal("/srv/rufabot/data/keys", location.KeyRingFolder);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyConcernsConnectionString_KeepsTheExistingKeys(string empty)
    {
        Assert.Equal(StorageProvider.Sqlite, Resolve(("ConnectionStrings:Concerns", empty)).Provider);
        Assert.Equal("Host=db", Resolve(("ConnectionStrings:Concerns", empty), ("Storage:Provider", "PostgreSQL"), ("ConnectionStrings:Rufa", "Host=db")).ConnectionString);
    }
}
