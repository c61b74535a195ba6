namespace RufaBot.Dialogs.Messages;

// Maps one to one onto Adaptive Card inputs: Text→Input.Text, Choice→Input.ChoiceSet,
// Confirm→Input.Toggle or two buttons, Date→Input.Date, Number→Input.Number,
// Country→Input.ChoiceSet (filtered) or Input.Text, Attachment→file upload.
// Summary has no input: the answers so far (Prompt.Items), an Edit button each and a Submit button.
public enum PromptKind
{
    Text,
    Choice,
    Confirm,
    Date,
    Country,
    Number,
    Attachment,
    Summary,
}
