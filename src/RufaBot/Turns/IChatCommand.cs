using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// A request answered from outside the conversation state, such as "my concerns" (a database read) or a button on
/// one of the command's own cards. Commands are asked in registration order before the state is loaded; when one
/// answers while a dialog is in progress, the dialog is paused and the user is offered to carry on, as for the
/// requests of <see cref="GlobalIntents"/>. A feature registers its commands with
/// <c>services.AddSingleton&lt;IChatCommand, …&gt;()</c>.
/// </summary>
internal interface IChatCommand
{
    /// <summary>The replies when the message is this command, in the order to send them; null when it is not.</summary>
    Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken);
}
