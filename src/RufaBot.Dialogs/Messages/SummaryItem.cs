namespace RufaBot.Dialogs.Messages;

// One answer shown by a summary: the question's short label and the answer as the user should read it, in
// their language. Answered is false for a skipped optional question (Answer then says "Not answered").
// Editable items can be changed by answering the summary with "edit:<StepId>".
public sealed record SummaryItem(string StepId, string Label, string Answer, bool Editable, bool Answered);
