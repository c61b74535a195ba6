namespace RufaBot.Dialogs.Messages;

// Key is the string the text came from when the engine said a string of the tables (a message step, "cancelled"…),
// so a host can recognise it and fill the {placeholders} the engine leaves for it (dialogs/README.md).
public sealed record TextMessage(string Text, string? Key = null) : BotMessage
{
    public override string ToPlainText() => Text;

    public TextMessage Fill(string name, string value) =>
        this with { Text = Text.Replace("{" + name + "}", value, StringComparison.Ordinal) };
}
