using System.Text.Json.Nodes;
using CsCheck;

namespace RufaBot.Tests.Fuzzing;

/// <summary>Random JSON values of every kind, nested a few levels, with keys that are sometimes the activity's own.</summary>
internal static class JsonShapes
{
    private static readonly string[] Keys =
    [
        "type", "id", "text", "value", "name", "from", "conversation", "serviceUrl", "action", "data", "verb", "rufa", "concern",
        "version", "step", "command", "attachments", "contentType", "content", "aadObjectId", "entities", "mentioned", "",
    ];

    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.OneOf("", " ", "message", "invoke", "escalation", "answer", "command", "adaptiveCard/action", "00000000-0000-0000-0000-000000000000", "29:x", "null", "true", "1")),
        (4, Gen.Char.Array[0, 20].Select(c => new string(c))),
        (1, Gen.Int[1000, 20_000].Select(n => new string('x', n))));

    public static readonly Gen<JsonNode?> Scalar = Gen.Frequency<JsonNode?>(
        (2, Gen.Const<JsonNode?>(() => null)),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (2, Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i))),
        (1, Gen.Long.Select(l => (JsonNode?)JsonValue.Create(l))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)JsonValue.Create(d))),
        (4, Text.Select(s => (JsonNode?)JsonValue.Create(s))));

    public static readonly Gen<JsonNode?> Any = Nested(3);

    private static Gen<JsonNode?> Nested(int depth) => depth == 0 ? Scalar : Gen.Frequency(
        (4, Scalar),
        (1, Nested(depth - 1).Array[0, 4].Select(items => (JsonNode?)new JsonArray(items))),
        (2, Gen.Select(Gen.OneOf(Keys), Nested(depth - 1)).Array[0, 5].Select(pairs =>
        {
            var o = new JsonObject();
            foreach (var (key, value) in pairs)
                o[key] = value;
            return (JsonNode?)o;
        })));
}
