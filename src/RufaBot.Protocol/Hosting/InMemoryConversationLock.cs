namespace BotProtocol;

/// <summary>
/// One semaphore per busy conversation, removed when the last waiter leaves, so idle conversations cost nothing.
/// </summary>
internal sealed class InMemoryConversationLock : IConversationLock
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);

    public async ValueTask<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        Gate gate;
        lock (_gates)
        {
            if (!_gates.TryGetValue(conversationId, out gate!))
                _gates[conversationId] = gate = new Gate();
            gate.Users++;
        }
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(conversationId, gate);
            throw;
        }
        return new Releaser(this, conversationId, gate);
    }

    private void Leave(string conversationId, Gate gate)
    {
        lock (_gates)
        {
            if (--gate.Users == 0)
                _gates.Remove(conversationId);
        }
    }

    private sealed class Gate
    {
        public readonly SemaphoreSlim Semaphore = new(1, 1);
        public int Users;
    }

    private sealed class Releaser(InMemoryConversationLock owner, string conversationId, Gate gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Semaphore.Release();
                owner.Leave(conversationId, gate);
            }
            return ValueTask.CompletedTask;
        }
    }
}
