namespace RufaBot.Dialogs.Steps;

internal sealed record BranchCase(Condition When, string Goto);
