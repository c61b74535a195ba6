using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

// One stable choice id from a single-select choice step.
public sealed record ChoiceAnswer(string Choice) : Answer
{
    public override string ToInputValue() => Choice;

    public override JsonNode ToJson() => JsonValue.Create(Choice);
}
