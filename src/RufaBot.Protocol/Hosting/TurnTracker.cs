using Microsoft.Extensions.Hosting;

namespace BotProtocol;

/// <summary>
/// Keeps turns that outlive their HTTP response (acknowledged with 202) and lets them finish on shutdown instead of
/// being cut off mid-reply.
/// </summary>
internal sealed class TurnTracker : IHostedService
{
    private readonly HashSet<Task> _running = [];

    public void Track(Task turn)
    {
        lock (_running)
            _running.Add(turn);
        turn.ContinueWith(static (t, state) =>
        {
            var set = (HashSet<Task>)state!;
            lock (set)
                set.Remove(t);
        }, _running, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_running)
            pending = [.. _running];
        await Task.WhenAll(pending).WaitAsync(cancellationToken).ContinueWith(static _ => { }, TaskScheduler.Default);
    }
}
