namespace BotProtocol;

/// <summary>
/// Lets the application word the answer to a failed message turn when it recognises the failure (for example a
/// dependency it knows to be down), instead of the generic apology with a correlation id. The first reply that is
/// not null wins; the failure is logged either way.
/// </summary>
public interface ITurnFailureReply
{
    /// <summary>The message to send for <paramref name="exception"/>, or null to leave it to the generic apology.</summary>
    Activity? For(Exception exception, TurnContext turn);
}
