using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

public sealed record BoolAnswer(bool Value) : Answer
{
    public override string ToInputValue() => Value ? "true" : "false";

    public override JsonNode ToJson() => JsonValue.Create(Value);
}
