namespace RufaBot.Dialogs.Messages;

public sealed record TextMessage(string Text) : BotMessage
{
    public override string ToPlainText() => Text;
}
