namespace RufaBot.Dialogs;

// One problem in the dialogs folder: which file, where in it (a JSON path such as
// $.steps[3].cases[0].goto), and what is wrong.
public sealed record FlowValidationError(string File, string JsonPath, string Reason)
{
    public override string ToString() => $"{File}: {JsonPath}: {Reason}";
}
