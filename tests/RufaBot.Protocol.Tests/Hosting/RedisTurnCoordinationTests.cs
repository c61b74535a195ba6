using Microsoft.Extensions.Options;
using RufaBot.Testing;

namespace RufaBot.Protocol.Tests.Hosting;

/// <summary>The lock contract against a real redis-server, plus what only a shared store can show: two instances.</summary>
public sealed class RedisConversationLockTests(RedisServer redis) : ConversationLockContract, IClassFixture<RedisServer>
{
    protected override IConversationLock CreateLock() => new RedisConversationLock(redis.Multiplexer, Options.Create(new BotOptions()));

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
}

public sealed class ActivityDeduplicatorTests(RedisServer redis) : IClassFixture<RedisServer>
{
    public static TheoryData<string> Stores => ["memory", "redis"];

    private IActivityDeduplicator Create(string store) => store == "redis"
        ? new RedisActivityDeduplicator(redis.Multiplexer, Options.Create(new BotOptions()))
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
    public async Task TryBegin_Redis_TwoInstancesShareTheWindow()
    {
        var a = Create("redis");
        var b = Create("redis");
        var id = Guid.NewGuid().ToString();
        Assert.True(await a.TryBeginAsync("conv", id, CancellationToken.None));
        Assert.False(await b.TryBeginAsync("conv", id, CancellationToken.None));
    }
}
