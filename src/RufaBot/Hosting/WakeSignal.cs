namespace RufaBot.Hosting;

/// <summary>
/// Wakes a background worker as soon as there is new work, so it need not wait for its next poll. One wake-up covers
/// every notice before it; waking early is harmless (the worker finds nothing and waits again).
/// </summary>
internal class WakeSignal
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
            // Already signalled.
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
