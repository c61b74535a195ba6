namespace RufaBot.Dialogs.Steps;

// Folded holds the option's text in every language, folded, so a typed name matches whatever
// language the user writes in.
internal sealed record ChoiceOption(string Id, string TextKey, IReadOnlyList<string> Folded);
