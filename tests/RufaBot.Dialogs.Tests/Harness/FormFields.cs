using System.Text.Json;

namespace RufaBot.Dialogs.Tests.Harness;

// Tests write a submitted form as JSON ({"when":"2026-01-01"}); the engine takes fields as text, as a host decodes
// them (the app's CardFields does the same for a card: numbers and booleans as written, arrays comma-joined).
internal static class FormFields
{
    public static IReadOnlyDictionary<string, string> Of(JsonElement form) =>
        form.ValueKind != JsonValueKind.Object
            ? new Dictionary<string, string>()
            : form.EnumerateObject()
                .Select(p => (p.Name, Text: Text(p.Value)))
                .Where(p => p.Text is not null)
                .ToDictionary(p => p.Name, p => p.Text!, StringComparer.Ordinal);

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
