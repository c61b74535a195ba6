namespace RufaBot.Dialogs.Steps;

// What every question has, whatever its kind.
internal sealed record PromptSpec(string TextKey, string? HelpKey, bool Optional);
