namespace BotProtocol;

/// <summary>The application's turn logic. Called once per inbound activity, one at a time per conversation.</summary>
public interface IBot
{
    /// <summary>Handles one activity. Returns the invoke response for <c>invoke</c> activities, null otherwise.</summary>
    Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
