using System.Text.Json;

namespace RufaBot.Knowledge.Feedback;

/// <summary>
/// Reads the value of a "Was this helpful?" button press ({"rufa":"feedback","answerId":…,"helpful":…}).
/// The value comes back from the client, so anything but that exact shape with a well-formed id is refused.
/// </summary>
internal static class FeedbackSubmission
{
    public static bool TryRead(JsonElement value, out string answerId, out bool helpful)
    {
        answerId = "";
        helpful = false;
        if (value.ValueKind != JsonValueKind.Object
            || !value.TryGetProperty("rufa", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != "feedback"
            || !value.TryGetProperty("answerId", out var id) || id.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("helpful", out var vote) || vote.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            return false;
        var text = id.GetString()!;
        if (text.Length != 32 || !text.All(char.IsAsciiHexDigitLower))
            return false;
        answerId = text;
        helpful = vote.GetBoolean();
        return true;
    }
}
