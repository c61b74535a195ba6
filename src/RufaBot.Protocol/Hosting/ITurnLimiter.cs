namespace BotProtocol;

/// <summary>
/// Decides, before a turn takes its conversation's lock or reads any state, whether it may run at all. The application
/// decides how to count (per user, per conversation) and what a refused sender is told.
/// </summary>
public interface ITurnLimiter
{
    /// <summary>True when the activity may be processed now.</summary>
    bool TryAdmit(Activity activity);

    /// <summary>
    /// Answers a refused turn without running it: a message to the sender, or the invoke response to return
    /// (null for a non-invoke activity).
    /// </summary>
    Task<InvokeResponse?> RefuseAsync(TurnContext turn, CancellationToken cancellationToken);
}
