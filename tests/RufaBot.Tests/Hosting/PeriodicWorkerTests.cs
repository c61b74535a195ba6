using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Hosting;

namespace RufaBot.Tests.Hosting;

/// <summary>The loop the retention, SLA and outbox workers share: waits on the clock, survives failures, stops cleanly.</summary>
public sealed class PeriodicWorkerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task FailedRound_IsReported_AndTheNextRoundWaitsForTheInterval()
    {
        var clock = new FakeTimeProvider();
        using var worker = new ScriptedWorker(clock, _ => throw new InvalidOperationException("database away"), _ => false);

        await worker.StartAsync(CancellationToken.None);
        await Until(() => worker.Rounds == 1 && worker.Failures.Count == 1);
        await Task.Delay(100);
        Assert.Equal(1, worker.Rounds);

        clock.Advance(Interval - TimeSpan.FromSeconds(1));
        await Task.Delay(100);
        Assert.Equal(1, worker.Rounds);
        clock.Advance(TimeSpan.FromSeconds(1));
        await Until(() => worker.Rounds == 2);

        Assert.Equal("database away", Assert.Single(worker.Failures).Message);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task RoundThatDidWork_IsFollowedAtOnce_UntilOneFindsNothing()
    {
        var clock = new FakeTimeProvider();
        using var worker = new ScriptedWorker(clock, _ => true, _ => true, _ => false, _ => false);

        await worker.StartAsync(CancellationToken.None);
        await Until(() => worker.Rounds == 3);
        await Task.Delay(100);

        Assert.Equal(3, worker.Rounds);
        Assert.Empty(worker.Failures);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task SwitchedOff_RunsNoRound()
    {
        using var worker = new ScriptedWorker(new FakeTimeProvider(), _ => false) { Enabled = false };

        await worker.StartAsync(CancellationToken.None);
        await Task.Delay(100);

        Assert.Equal(0, worker.Rounds);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stop_DuringTheWait_EndsTheLoopWithoutAFailure()
    {
        var clock = new FakeTimeProvider();
        using var worker = new ScriptedWorker(clock, _ => false);

        await worker.StartAsync(CancellationToken.None);
        await Until(() => worker.Rounds == 1);
        await worker.StopAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Empty(worker.Failures);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the worker did not get there within 10 s");
            await Task.Delay(10);
        }
    }

    /// <summary>Plays one scripted round after another; the last one repeats.</summary>
    private sealed class ScriptedWorker(TimeProvider time, params Func<int, bool>[] script) : PeriodicWorker(time)
    {
        private int _rounds;

        public bool Enabled { get; init; } = true;
        public int Rounds => Volatile.Read(ref _rounds);
        public ConcurrentQueue<Exception> Failures { get; } = new();

        protected override TimeSpan Interval => PeriodicWorkerTests.Interval;

        protected override bool Starting() => Enabled;

        protected override Task<bool> RoundAsync(CancellationToken ct)
        {
            var round = Interlocked.Increment(ref _rounds);
            return Task.FromResult(script[Math.Min(round, script.Length) - 1](round));
        }

        protected override void RoundFailed(Exception failure) => Failures.Enqueue(failure);
    }
}
