using System.Globalization;
using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

// A calendar date. Approximate when the user gave a period ("last week", "since March"): Date is its first day.
public sealed record DateAnswer(DateOnly Date, bool Approximate = false) : Answer
{
    public override string ToInputValue() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public override JsonNode ToJson() => JsonValue.Create(ToInputValue());
}
