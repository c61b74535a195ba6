using System.Text.Json.Nodes;

namespace RufaBot.Dialogs.Answers;

// The result of a called child dialog. Path keeps the order its steps were answered in so
// "back" can step into the child again at its last question.
public sealed record FlowAnswer(string FlowId, IReadOnlyDictionary<string, Answer> Values, IReadOnlyList<string> Path) : Answer
{
    public override string ToInputValue() => FlowId;

    public override JsonNode ToJson()
    {
        var o = new JsonObject();
        foreach (var id in Path)
        {
            if (Values.TryGetValue(id, out var a)) o[id] = a.ToJson();
        }
        return o;
    }

    internal override bool Is(string value) => false;
}
