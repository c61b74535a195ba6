using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

public sealed record TextAnswer(string Text) : Answer
{
    public override string ToInputValue() => Text;

    public override JsonNode ToJson() => JsonValue.Create(Text);
}
