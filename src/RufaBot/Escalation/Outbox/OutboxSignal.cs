namespace RufaBot.Escalation.Outbox;

/// <summary>Wakes the dispatcher as soon as new messages are committed, so it need not wait for its next poll.</summary>
internal sealed class OutboxSignal
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Notify()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up covers every commit before it.
        }
    }

    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        try
        {
            await wake.WaitAsync(Timeout.InfiniteTimeSpan, cts.Token).WaitAsync(timeout, time, ct);
        }
        catch (TimeoutException)
        {
        }
        finally
        {
            await cts.CancelAsync();
        }
    }
}
