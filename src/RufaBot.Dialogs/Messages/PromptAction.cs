using RufaBot.Dialogs.Input;

namespace RufaBot.Dialogs.Messages;

// A way out of the current question the host may show as a button; send it back as
// UserInput.FromCommand(Command), or as the Label text.
public sealed record PromptAction(FlowCommand Command, string Label);
