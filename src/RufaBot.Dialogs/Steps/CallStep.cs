namespace RufaBot.Dialogs.Steps;

// Runs another dialog; its answers become this step's answer (a FlowAnswer).
// LabelKey names it in a summary; null = the called dialog's title.
internal sealed class CallStep(string id, string? next, string dialog, string? labelKey = null) : Step(id, next)
{
    public string Dialog => dialog;

    public string? LabelKey => labelKey;
}
