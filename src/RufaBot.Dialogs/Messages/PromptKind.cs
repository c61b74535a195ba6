namespace RufaBot.Dialogs.Messages;

// Maps one to one onto Adaptive Card inputs: Text→Input.Text, Choice→Input.ChoiceSet,
// Confirm→Input.Toggle or two buttons, Date→Input.Date, Number→Input.Number,
// Country→Input.ChoiceSet (filtered) or Input.Text, Attachment→file upload.
public enum PromptKind
{
    Text,
    Choice,
    Confirm,
    Date,
    Country,
    Number,
    Attachment,
}
