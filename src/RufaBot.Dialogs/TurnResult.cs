using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.State;

namespace RufaBot.Dialogs;

// The outcome of one turn: what to say, the state to store (empty when the flow is over), and why.
public sealed record TurnResult(FlowState State, IReadOnlyList<BotMessage> Messages, FlowStatus Status, FlowResult? Result = null)
{
    // Signals of the message steps said this turn (a step's "signal"), for the host to act on now; see FlowRunner.AnswersSoFar.
    public IReadOnlyList<string> Signals { get; init; } = [];

    // The question now waiting, if any: the last message when Status is Waiting.
    public Prompt? Prompt => Status == FlowStatus.Waiting && Messages.Count > 0 ? Messages[^1] as Prompt : null;

    // The flow paused itself (a message step with "pause"): the draft is kept, nothing is asked. Store the state
    // and, next time the user writes, call OfferResume (or Resume when they ask for the same flow again).
    public bool Paused => Status == FlowStatus.Waiting && State.Paused;
}
