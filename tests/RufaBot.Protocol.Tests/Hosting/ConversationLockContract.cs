namespace BotProtocol.Tests.Hosting;

/// <summary>What every <see cref="IConversationLock"/> must guarantee, run against each implementation.</summary>
public abstract class ConversationLockContract
{
    protected abstract IConversationLock CreateLock();

    [Fact]
    public async Task Acquire_SameConversation_RunsOneAtATime()
    {
        var locks = CreateLock();
        var inside = 0;
        var maxInside = 0;
        var order = new List<int>();
        var tasks = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await using (await locks.AcquireAsync("conv-1", CancellationToken.None))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref maxInside, now);
                await Task.Delay(2);
                lock (order)
                    order.Add(i);
                Interlocked.Decrement(ref inside);
            }
        }));
        await Task.WhenAll(tasks);
        Assert.Equal(1, maxInside);
        Assert.Equal(20, order.Count);
    }

    [Fact]
    public async Task Acquire_DifferentConversations_DoNotBlockEachOther()
    {
        var locks = CreateLock();
        await using var first = await locks.AcquireAsync("conv-a", CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await using var second = await locks.AcquireAsync("conv-b", timeout.Token);
        Assert.False(timeout.IsCancellationRequested);
    }

    [Fact]
    public async Task Acquire_HeldConversation_WaitsUntilReleased()
    {
        var locks = CreateLock();
        var held = await locks.AcquireAsync("conv-w", CancellationToken.None);
        var waiter = locks.AcquireAsync("conv-w", CancellationToken.None).AsTask();
        await Task.Delay(100);
        Assert.False(waiter.IsCompleted);
        await held.DisposeAsync();
        await using var acquired = await waiter.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Acquire_Cancelled_ThrowsAndLeavesLockUsable()
    {
        var locks = CreateLock();
        var held = await locks.AcquireAsync("conv-c", CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await locks.AcquireAsync("conv-c", cancel.Token));
        await held.DisposeAsync();
        await using var again = await locks.AcquireAsync("conv-c", CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

public sealed class InMemoryConversationLockTests : ConversationLockContract
{
    protected override IConversationLock CreateLock() => new InMemoryConversationLock();
}
