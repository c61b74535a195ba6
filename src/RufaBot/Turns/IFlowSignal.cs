using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// Acts at once on a dialog's signal (a message step with <c>"signal"</c>), with the answers given so far, while the
/// dialog goes on: the emergency alert of an intake, sent before the reporter has finished. What it returns is said
/// before the next question. Must be idempotent per <c>draftId</c> (a turn may be decided again, a step said again
/// after an edit), and never throw for a failure the user should hear about.
/// </summary>
internal interface IFlowSignal
{
    /// <summary>The dialog (its root flow) whose signal this handles.</summary>
    string FlowId { get; }

    /// <summary>The signal's name, as the dialog file gives it.</summary>
    string Signal { get; }

    Task<IReadOnlyList<BotMessage>> HandleAsync(FlowResult answersSoFar, string draftId, TurnContext turn, CancellationToken cancellationToken);
}
