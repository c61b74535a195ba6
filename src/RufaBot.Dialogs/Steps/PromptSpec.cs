namespace RufaBot.Dialogs.Steps;

// What every question has, whatever its kind. LabelKey names the question in a summary; null = the question text.
internal sealed record PromptSpec(string TextKey, string? HelpKey, bool Optional, string? LabelKey = null);
