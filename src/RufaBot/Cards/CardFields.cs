using System.Text.Json;

namespace RufaBot.Cards;

/// <summary>
/// Decodes an Adaptive Card submit value into the dialog engine's form fields (input id → text): the engine knows no
/// card format, so this is the one place a card's value becomes an answer.
/// </summary>
internal static class CardFields
{
    // Adaptive Cards submit every input as a string keyed by its id; a few clients send JSON types.
    public static IReadOnlyDictionary<string, string> Decode(JsonElement value)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value.ValueKind != JsonValueKind.Object) return fields;
        foreach (var p in value.EnumerateObject())
        {
            if (Text(p.Value) is { } text) fields[p.Name] = text;
        }
        return fields;
    }

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.Array => string.Join(',', v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.GetRawText())),
        _ => null,
    };
}
