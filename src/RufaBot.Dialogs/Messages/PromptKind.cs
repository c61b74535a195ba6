namespace RufaBot.Dialogs.Messages;

// What kind of form input a host renders for the question: a text box, a choice list, yes/no, a date, a country,
// a number, a file upload. Summary has no input: the answers so far (Prompt.Items), an Edit each and a Submit.
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
