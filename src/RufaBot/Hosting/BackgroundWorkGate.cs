using Microsoft.Extensions.Options;

namespace RufaBot.Hosting;

/// <summary>
/// People first: background work (the outbox dispatcher, SLA timers, retention) takes a slot here for each unit of
/// work. Slots are few (<see cref="BackgroundWorkOptions.MaxConcurrency"/>), so background work never fills the
/// thread pool, and a slot is handed out only when no interactive turn is in flight, or once the work's deadline has
/// passed (<see cref="BackgroundWorkOptions.MaxDeferral"/> after it fell due), so it is never starved either.
/// Interactive turns are counted by <see cref="BackgroundWorkExtensions.GivesWayToPeople"/> on the bot endpoint.
/// </summary>
internal sealed class BackgroundWorkGate
{
    private readonly SemaphoreSlim _slots;
    private readonly IOptionsMonitor<BackgroundWorkOptions> _options;
    private readonly TimeProvider _time;
    private readonly Lock _turnsLock = new();
    private int _interactiveTurns;
    private TaskCompletionSource _noTurns = Completed();

    public BackgroundWorkGate(IOptionsMonitor<BackgroundWorkOptions> options, TimeProvider time)
    {
        (_options, _time) = (options, time);
        _slots = new SemaphoreSlim(options.CurrentValue.EffectiveConcurrency);
    }

    public int InteractiveTurns => Volatile.Read(ref _interactiveTurns);

    /// <summary>Slots free now; for tests and the reader of a dump.</summary>
    public int FreeSlots => _slots.CurrentCount;

    /// <summary>A turn starts; dispose the result when it has ended (answered or failed).</summary>
    public InteractiveTurn BeginInteractiveTurn()
    {
        lock (_turnsLock)
        {
            if (_interactiveTurns++ == 0)
                _noTurns = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        return new InteractiveTurn(this);
    }

    private void EndInteractiveTurn()
    {
        lock (_turnsLock)
        {
            if (--_interactiveTurns == 0)
                _noTurns.TrySetResult();
        }
    }

    /// <summary>The deadline for a round of background work starting now: its units wait for people no longer than this.</summary>
    public DateTimeOffset RoundDeadline() => _time.GetUtcNow() + _options.CurrentValue.MaxDeferral;

    /// <summary>
    /// The deadline for work that has been due since <paramref name="dueSince"/>: counted from then, not from the
    /// round, so work that already waited through earlier rounds (a backlog under constant load) waits no more.
    /// </summary>
    public DateTimeOffset DeadlineFor(DateTimeOffset dueSince)
    {
        var deadline = dueSince + _options.CurrentValue.MaxDeferral;
        var round = RoundDeadline();
        return deadline < round ? deadline : round;
    }

    /// <summary>
    /// Waits for a slot, then for a moment without interactive turns or the <paramref name="deadline"/>, whichever
    /// comes first. Dispose the slot when the unit of work is done.
    /// </summary>
    public async Task<BackgroundSlot> AcquireAsync(DateTimeOffset deadline, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            await GiveWayAsync(deadline, ct);
            return new BackgroundSlot(_slots);
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    private async Task GiveWayAsync(DateTimeOffset deadline, CancellationToken ct)
    {
        while (true)
        {
            Task noTurns;
            lock (_turnsLock)
                noTurns = _noTurns.Task;
            var left = deadline - _time.GetUtcNow();
            if (noTurns.IsCompleted || left <= TimeSpan.Zero)
                return;
            using var waiting = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var timeUp = Task.Delay(left, _time, waiting.Token);
            await Task.WhenAny(noTurns, timeUp);
            await waiting.CancelAsync();
            ct.ThrowIfCancellationRequested();
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    internal readonly struct InteractiveTurn(BackgroundWorkGate gate) : IDisposable
    {
        public void Dispose() => gate.EndInteractiveTurn();
    }
}

/// <summary>A unit of background work's slot; disposing it lets the next unit in.</summary>
internal sealed class BackgroundSlot(SemaphoreSlim slots) : IDisposable
{
    private int _released;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
            slots.Release();
    }
}
