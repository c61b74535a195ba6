namespace RufaBot.Dialogs.Steps;

// A compiled step. Next is an explicit goto; null means "the step listed after me".
internal abstract class Step(string id, string? next)
{
    public string Id => id;

    public string? Next => next;

    public int Index { get; set; }
}
