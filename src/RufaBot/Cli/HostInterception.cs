using System.Diagnostics;
using System.Reflection;

namespace RufaBot.Cli;

/// <summary>
/// Runs the app's own entry point (Program.cs, with every feature it registers) and lets chat mode change a few
/// services before the host is built, through the "HostBuilding" and "HostBuilt" events the .NET host raises for
/// tools; WebApplicationFactory and <c>dotnet ef</c> use the same events. Only the host built by this run is touched,
/// even when other hosts are built at the same time (as in parallel tests).
/// </summary>
internal sealed class HostInterception(Action<IHostBuilder> configure) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private static readonly AsyncLocal<HostInterception?> Current = new();
    private readonly TaskCompletionSource<IHost> _built = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IDisposable> _subscriptions = [];

    /// <summary>The host, once built (not yet started).</summary>
    public Task<IHost> Built => _built.Task;

    /// <summary>Starts Program's Main on its own thread; completes when Main returns (the host stopped) or throws.</summary>
    public Task RunEntryPointAsync(string[] args)
    {
        var entryPoint = typeof(Program).Assembly.EntryPoint ?? throw new InvalidOperationException("RufaBot has no entry point.");
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Keep(DiagnosticListener.AllListeners.Subscribe(this));
        // Once the host exists there is nothing more to watch.
        _built.Task.ContinueWith(_ => Unsubscribe(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        var thread = new Thread(() =>
        {
            Current.Value = this;
            try
            {
                entryPoint.Invoke(null, [args]);
                _built.TrySetException(new InvalidOperationException("Program ended without building a host."));
                exited.TrySetResult();
            }
            catch (Exception exception)
            {
                var failure = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
                _built.TrySetException(failure);
                exited.TrySetException(failure);
            }
        })
        { IsBackground = true, Name = "RufaBot host" };
        thread.Start();
        return exited.Task;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (Current.Value == this && listener.Name == "Microsoft.Extensions.Hosting")
            Keep(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> hostEvent)
    {
        if (Current.Value != this)
            return;
        if (hostEvent is { Key: "HostBuilding", Value: IHostBuilder builder })
            configure(builder);
        else if (hostEvent is { Key: "HostBuilt", Value: IHost host })
            _built.TrySetResult(host);
    }

    private void Keep(IDisposable subscription)
    {
        lock (_subscriptions)
            _subscriptions.Add(subscription);
    }

    private void Unsubscribe()
    {
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
            _subscriptions.Clear();
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }
}
