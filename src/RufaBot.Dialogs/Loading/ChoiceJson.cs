namespace RufaBot.Dialogs.Loading;

internal sealed class ChoiceJson
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";
}
