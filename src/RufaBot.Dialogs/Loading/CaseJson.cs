namespace RufaBot.Dialogs.Loading;

internal sealed class CaseJson
{
    public ConditionJson When { get; set; } = new();

    public string Goto { get; set; } = "";
}
