namespace RufaBot.Dialogs.Steps;

// Folded holds the option's text in every language, folded, so a typed name matches whatever
// language the user writes in. Heads holds, folded, the short name before an explanation ("Anonymous" of
// "Anonymous: no focal point can see who you are"), for options that share their first word.
internal sealed record ChoiceOption(string Id, string TextKey, IReadOnlyList<string> Folded, IReadOnlyList<string>? Heads = null);
