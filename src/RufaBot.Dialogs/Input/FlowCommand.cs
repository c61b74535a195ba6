namespace RufaBot.Dialogs.Input;

// Interruptions the user can make at any step, typed as localized words or sent by a card button.
public enum FlowCommand
{
    Help,
    Back,
    Skip,
    Cancel,
    StartOver,

    // Leaves the optional questions a summary offered ("Add more details") and shows the summary again.
    Review,
}
