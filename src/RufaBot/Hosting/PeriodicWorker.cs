namespace RufaBot.Hosting;

/// <summary>
/// The loop every background worker shares (retention, SLA timers, outbox): a round, then a wait, until the host stops.
/// A failed round is logged and the next one runs after the usual wait, so one bad row or a database blip never stops
/// the worker. Time comes from <see cref="TimeProvider"/>, so tests drive the waits with a fake clock.
/// </summary>
internal abstract class PeriodicWorker(TimeProvider time) : BackgroundService
{
    /// <summary>The worker's clock, for its rounds as for its waits.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>How long to wait after a round; read again each time, so a changed setting applies at once.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Called once at start: false when the worker is switched off in this instance (it then does nothing).</summary>
    protected virtual bool Starting() => true;

    /// <summary>One round. True when it did work and more may be waiting: the next round then follows at once.</summary>
    protected abstract Task<bool> RoundAsync(CancellationToken ct);

    /// <summary>Logs a failed round with the worker's own event.</summary>
    protected abstract void RoundFailed(Exception failure);

    /// <summary>A signal that ends the wait between rounds early (new work was committed); null to wait out the interval.</summary>
    protected virtual WakeSignal? Wake => null;

    private Task WaitAsync(TimeSpan interval, CancellationToken ct) =>
        Wake is { } wake ? wake.WaitAsync(interval, Time, ct) : Task.Delay(interval, Time, ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Starting())
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var worked = false;
            try
            {
                worked = await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                RoundFailed(e);
            }
            if (worked)
                continue;
            try
            {
                await WaitAsync(Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }
}
