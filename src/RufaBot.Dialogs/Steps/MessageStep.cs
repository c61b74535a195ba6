namespace RufaBot.Dialogs.Steps;

internal sealed class MessageStep(string id, string? next, string textKey) : Step(id, next)
{
    public string TextKey => textKey;
}
