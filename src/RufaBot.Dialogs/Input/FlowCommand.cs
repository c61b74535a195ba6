namespace RufaBot.Dialogs.Input;

// Interruptions the user can make at any step, typed as localized words or sent by a card button.
public enum FlowCommand
{
    Help,
    Back,
    Skip,
    Cancel,
    StartOver,
}
