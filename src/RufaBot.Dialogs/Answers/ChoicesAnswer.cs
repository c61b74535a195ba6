using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

// Stable choice ids from a multi-select choice step, in the order the dialog lists them.
public sealed record ChoicesAnswer(IReadOnlyList<string> Choices) : Answer
{
    public override string ToInputValue() => string.Join(',', Choices);

    public override JsonNode ToJson() => new JsonArray([.. Choices.Select(c => (JsonNode)JsonValue.Create(c))]);

    // Conditions on a multi-select ask "was this one picked?".
    internal override bool Is(string value) => Choices.Contains(value, StringComparer.OrdinalIgnoreCase);
}
