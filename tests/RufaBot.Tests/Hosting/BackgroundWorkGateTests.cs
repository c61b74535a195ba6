using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Hosting;

namespace RufaBot.Tests.Hosting;

/// <summary>
/// People first: background work waits for a moment without interactive turns, at most until its round's deadline,
/// and never more units at once than the gate's slots. The clock and the turns in flight are driven by the test.
/// </summary>
public sealed class BackgroundWorkGateTests
{
    private static readonly TimeSpan Deferral = TimeSpan.FromSeconds(2);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Acquire_WithNoTurnInFlight_IsGrantedAtOnce()
    {
        var gate = Gate();

        var slot = gate.AcquireAsync(gate.RoundDeadline(), CancellationToken.None);

        Assert.True(slot.IsCompletedSuccessfully);
        Assert.Equal(0, gate.FreeSlots);
        (await slot).Dispose();
        Assert.Equal(1, gate.FreeSlots);
    }

    [Fact]
    public async Task Acquire_WhileATurnIsInFlight_WaitsUntilTheTurnEnds()
    {
        var gate = Gate();
        var turn = gate.BeginInteractiveTurn();

        var slot = gate.AcquireAsync(gate.RoundDeadline(), CancellationToken.None);
        Assert.False(slot.IsCompleted);
        turn.Dispose();

        using var granted = await slot;
        Assert.Equal(0, gate.InteractiveTurns);
    }

    [Fact]
    public async Task Acquire_WhileTurnsNeverStop_RunsAtTheRoundsDeadline()
    {
        var gate = Gate();
        using var turn = gate.BeginInteractiveTurn();
        var deadline = gate.RoundDeadline();

        var slot = gate.AcquireAsync(deadline, CancellationToken.None);
        _clock.Advance(Deferral - TimeSpan.FromMilliseconds(1));
        Assert.False(slot.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        (await slot).Dispose();
        // The round's later units have waited their share already: they go at once.
        Assert.True(gate.AcquireAsync(deadline, CancellationToken.None).IsCompletedSuccessfully);
        Assert.Equal(1, gate.InteractiveTurns);
    }

    // A backlog under constant load: work that fell due a while ago has already waited out most of its deferral.
    [Fact]
    public async Task DeadlineFor_WorkDueEarlier_CountsFromWhenItFellDue_NotFromTheRound()
    {
        var gate = Gate();
        using var turn = gate.BeginInteractiveTurn();
        var dueSince = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMilliseconds(1500));

        var slot = gate.AcquireAsync(gate.DeadlineFor(dueSince), CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(slot.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(1));

        (await slot).Dispose();
        Assert.Equal(gate.RoundDeadline(), gate.DeadlineFor(_clock.GetUtcNow().AddMinutes(5)));
    }

    [Fact]
    public async Task Acquire_BeyondTheSlots_WaitsForASlotToBeReturned()
    {
        var gate = Gate(maxConcurrency: 2);
        var first = await gate.AcquireAsync(gate.RoundDeadline(), CancellationToken.None);
        using var second = await gate.AcquireAsync(gate.RoundDeadline(), CancellationToken.None);

        var third = gate.AcquireAsync(gate.RoundDeadline(), CancellationToken.None);
        Assert.False(third.IsCompleted);
        first.Dispose();
        first.Dispose(); // a second dispose returns nothing more

        using var granted = await third;
        Assert.Equal(0, gate.FreeSlots);
    }

    [Fact]
    public async Task Acquire_CancelledWhileGivingWay_ReturnsItsSlot()
    {
        var gate = Gate();
        using var turn = gate.BeginInteractiveTurn();
        using var stop = new CancellationTokenSource();

        var slot = gate.AcquireAsync(gate.RoundDeadline(), stop.Token);
        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slot);
        Assert.Equal(1, gate.FreeSlots);
    }

    [Fact]
    public void Concurrency_Unset_IsHalfTheProcessorsAndAtLeastOne()
    {
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2), new BackgroundWorkOptions().EffectiveConcurrency);
        Assert.Equal(3, new BackgroundWorkOptions { MaxConcurrency = 3 }.EffectiveConcurrency);
    }

    [Fact]
    public async Task GivesWayToPeople_CountsTheRequestAsATurnWhileItRuns()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(Gate());
        await using var app = builder.Build();
        app.MapPost("/turn", (BackgroundWorkGate gate) => Results.Ok(gate.InteractiveTurns)).GivesWayToPeople();
        app.MapPost("/other", (BackgroundWorkGate gate) => Results.Ok(gate.InteractiveTurns));
        await app.StartAsync();
        using var client = app.GetTestClient();

        var during = await (await client.PostAsync("/turn", null)).Content.ReadAsStringAsync();
        var elsewhere = await (await client.PostAsync("/other", null)).Content.ReadAsStringAsync();

        Assert.Equal(("1", "0"), (during, elsewhere));
        Assert.Equal(0, app.Services.GetRequiredService<BackgroundWorkGate>().InteractiveTurns);
    }

    private BackgroundWorkGate Gate(int maxConcurrency = 1) =>
        new(new Monitor(new BackgroundWorkOptions { MaxConcurrency = maxConcurrency, MaxDeferral = Deferral }), _clock);

    private sealed class Monitor(BackgroundWorkOptions value) : IOptionsMonitor<BackgroundWorkOptions>
    {
        public BackgroundWorkOptions CurrentValue => value;
        public BackgroundWorkOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<BackgroundWorkOptions, string?> listener) => null;
    }
}
