using System.Globalization;
using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

public sealed record NumberAnswer(decimal Number) : Answer
{
    public override string ToInputValue() => Number.ToString(CultureInfo.InvariantCulture);

    public override JsonNode ToJson() => JsonValue.Create(Number);

    // Conditions compare numerically, so "3" and "3.0" are the same answer.
    internal override bool Is(string value) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == Number;
}
