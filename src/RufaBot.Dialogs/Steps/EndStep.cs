namespace RufaBot.Dialogs.Steps;

// Completes the flow with the answers collected on the way; the text, if any, is said first.
internal sealed class EndStep(string id, string? textKey) : Step(id, null)
{
    public string? TextKey => textKey;
}
