using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.State;

namespace RufaBot.Dialogs;

// The outcome of one turn: what to say, the state to store (empty when the flow is over), and why.
public sealed record TurnResult(FlowState State, IReadOnlyList<BotMessage> Messages, FlowStatus Status, FlowResult? Result = null)
{
    // The question now waiting, if any: the last message when Status is Waiting.
    public Prompt? Prompt => Status == FlowStatus.Waiting && Messages.Count > 0 ? Messages[^1] as Prompt : null;
}
