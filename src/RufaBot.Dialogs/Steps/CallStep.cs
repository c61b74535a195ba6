namespace RufaBot.Dialogs.Steps;

// Runs another dialog; its answers become this step's answer (a FlowAnswer).
internal sealed class CallStep(string id, string? next, string dialog) : Step(id, next)
{
    public string Dialog => dialog;
}
