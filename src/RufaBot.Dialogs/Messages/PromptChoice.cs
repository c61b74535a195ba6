namespace RufaBot.Dialogs.Messages;

// Id is stable across languages and is what a card sends back; Text is localized.
public sealed record PromptChoice(string Id, string Text);
