namespace BotProtocol;

/// <summary>
/// Remembers delivered activities so that a channel's re-send (Teams re-sends an activity it thinks timed out,
/// with the same id) is processed once.
/// </summary>
public interface IActivityDeduplicator
{
    /// <summary>True the first time (conversation, activity id) is seen within the window; false for a repeat.</summary>
    ValueTask<bool> TryBeginAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
