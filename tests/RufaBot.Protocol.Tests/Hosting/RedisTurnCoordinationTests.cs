using BotProtocol.Redis;
using Microsoft.Extensions.Options;
using RufaBot.Testing;

namespace BotProtocol.Tests.Hosting;

/// <summary>The lock contract against a real redis-server, plus what only a shared store can show: two instances.</summary>
public sealed class RedisConversationLockTests(RedisServer redis) : ConversationLockContract, IClassFixture<RedisServer>
{
    protected override IConversationLock CreateLock() => new RedisConversationLock(redis.Multiplexer, Options.Create(new BotOptions()), Options.Create(new RedisTurnCoordinationOptions()));

    [Fact]
    public async Task Acquire_TwoInstances_ExcludeEachOther()
    {
        var instanceA = CreateLock();
        var instanceB = CreateLock();
        var held = await instanceA.AcquireAsync("conv-shared", CancellationToken.None);
        var waiter = instanceB.AcquireAsync("conv-shared", CancellationToken.None).AsTask();
        await Task.Delay(150);
        Assert.False(waiter.IsCompleted);
        await held.DisposeAsync();
        await using var acquired = await waiter.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Acquire_KeepsTheLockUnderTheConfiguredPrefix()
    {
        var keys = new RedisTurnCoordinationOptions { LockKeyPrefix = "app-a:lock:" };
        var conversationLock = new RedisConversationLock(redis.Multiplexer, Options.Create(new BotOptions()), Options.Create(keys));
        var db = redis.Multiplexer.GetDatabase();

        var held = await conversationLock.AcquireAsync("conv-prefixed", CancellationToken.None);
        Assert.True(await db.KeyExistsAsync("app-a:lock:conv-prefixed"));
        Assert.False(await db.KeyExistsAsync(new RedisTurnCoordinationOptions().LockKeyPrefix + "conv-prefixed"));
        await held.DisposeAsync();
        Assert.False(await db.KeyExistsAsync("app-a:lock:conv-prefixed"));
    }

    [Fact]
    public void DefaultPrefixes_NameNoApplication()
    {
        var keys = new RedisTurnCoordinationOptions();
        Assert.Equal("bot:lock:", keys.LockKeyPrefix);
        Assert.Equal("bot:seen:", keys.SeenKeyPrefix);
    }
}

public sealed class ActivityDeduplicatorTests(RedisServer redis) : IClassFixture<RedisServer>
{
    public static TheoryData<string> Stores => ["memory", "redis"];

    private IActivityDeduplicator Create(string store) => store == "redis"
        ? new RedisActivityDeduplicator(redis.Multiplexer, Options.Create(new BotOptions()), Options.Create(new RedisTurnCoordinationOptions()))
        : new InMemoryActivityDeduplicator(Options.Create(new BotOptions()), TimeProvider.System);

    [Theory, MemberData(nameof(Stores))]
    public async Task TryBegin_SameActivityTwice_SecondIsDuplicate(string store)
    {
        var dedupe = Create(store);
        var id = Guid.NewGuid().ToString();
        Assert.True(await dedupe.TryBeginAsync("conv", id, CancellationToken.None));
        Assert.False(await dedupe.TryBeginAsync("conv", id, CancellationToken.None));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task TryBegin_SameIdInOtherConversation_IsNew(string store)
    {
        var dedupe = Create(store);
        var id = Guid.NewGuid().ToString();
        Assert.True(await dedupe.TryBeginAsync("conv-1", id, CancellationToken.None));
        Assert.True(await dedupe.TryBeginAsync("conv-2", id, CancellationToken.None));
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task TryBegin_ConcurrentResends_ExactlyOneWins(string store)
    {
        var dedupe = Create(store);
        var id = Guid.NewGuid().ToString();
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => dedupe.TryBeginAsync("conv", id, CancellationToken.None).AsTask())));
        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public async Task TryBegin_Redis_RemembersTheIdUnderTheConfiguredPrefix()
    {
        var keys = new RedisTurnCoordinationOptions { SeenKeyPrefix = "app-a:seen:" };
        var dedupe = new RedisActivityDeduplicator(redis.Multiplexer, Options.Create(new BotOptions()), Options.Create(keys));
        var id = Guid.NewGuid().ToString();

        Assert.True(await dedupe.TryBeginAsync("conv", id, CancellationToken.None));
        var ttl = await redis.Multiplexer.GetDatabase().KeyTimeToLiveAsync($"app-a:seen:conv:{id}");
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(9), new BotOptions().DuplicateWindow);
    }

    [Fact]
    public async Task TryBegin_Redis_TwoInstancesShareTheWindow()
    {
        var a = Create("redis");
        var b = Create("redis");
        var id = Guid.NewGuid().ToString();
        Assert.True(await a.TryBeginAsync("conv", id, CancellationToken.None));
        Assert.False(await b.TryBeginAsync("conv", id, CancellationToken.None));
    }
}
