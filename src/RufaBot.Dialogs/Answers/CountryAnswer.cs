using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

// An ISO 3166-1 alpha-2 code; names come from the engine's country list in the user's language.
public sealed record CountryAnswer(string Code) : Answer
{
    public override string ToInputValue() => Code;

    public override JsonNode ToJson() => JsonValue.Create(Code);
}
