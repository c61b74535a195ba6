namespace BotProtocol;

/// <summary>
/// Serialises the turns of one conversation, so two activities of the same conversation never run at once.
/// The in-memory lock covers one process; the Redis lock covers every instance sharing the Redis server.
/// </summary>
public interface IConversationLock
{
    /// <summary>Waits until the conversation is free, then holds it until the returned handle is disposed.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken);
}
