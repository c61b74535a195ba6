using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace RufaBot.Dialogs.Answers;

// A closed set of typed answers: the persisted state never holds `object`, so a value read back
// from the cache is the same type that was written (see botbuilder's WaterfallDialog cast bug).
[JsonPolymorphic(TypeDiscriminatorPropertyName = "t")]
[JsonDerivedType(typeof(TextAnswer), "text")]
[JsonDerivedType(typeof(ChoiceAnswer), "choice")]
[JsonDerivedType(typeof(ChoicesAnswer), "choices")]
[JsonDerivedType(typeof(NumberAnswer), "number")]
[JsonDerivedType(typeof(DateAnswer), "date")]
[JsonDerivedType(typeof(BoolAnswer), "bool")]
[JsonDerivedType(typeof(CountryAnswer), "country")]
[JsonDerivedType(typeof(AttachmentsAnswer), "files")]
[JsonDerivedType(typeof(FlowAnswer), "flow")]
public abstract record Answer
{
    // The value as an Adaptive Card input would send it back (ids comma-joined, ISO dates, "true"/"false").
    public abstract string ToInputValue();

    // A plain JSON value for results handed to the host: no type discriminators.
    public abstract JsonNode ToJson();

    internal virtual bool Is(string value) => string.Equals(ToInputValue(), value, StringComparison.OrdinalIgnoreCase);
}
