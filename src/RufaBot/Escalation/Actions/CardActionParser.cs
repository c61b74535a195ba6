using System.Text.Json;
using RufaBot.Escalation.Cards;
using BotProtocol;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// Reads an <c>adaptiveCard/action</c> invoke into a <see cref="CardActionRequest"/>. Only four things are taken from
/// the card: the verb, the concern id, the version, and the inputs (strings). A payload of the wrong shape (no id, an id
/// that is not a GUID, a version that is not a whole number, an input that is not text) is refused whole.
/// </summary>
internal static class CardActionParser
{
    private static readonly string[] Reserved = ["rufa", "concern", "version"];

    /// <summary>Null when the invoke is not an escalation card's; <paramref name="valid"/> false when it is, but malformed.</summary>
    public static CardActionRequest? Parse(Activity activity, out bool valid)
    {
        valid = false;
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("rufa", out var marker) || marker.ValueKind != JsonValueKind.String || marker.GetString() != EscalationVerbs.Marker)
            return null;
        var request = new CardActionRequest(Guid.Empty, "", null, new Dictionary<string, string>(), activity.From?.AadObjectId, activity.Conversation?.Id,
            CardActionRequest.IsShared(activity));
        if (!action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String
            || !data.TryGetProperty("concern", out var concern) || concern.ValueKind != JsonValueKind.String || !Guid.TryParse(concern.GetString(), out var id))
            return request;
        long? version = null;
        if (data.TryGetProperty("version", out var v))
        {
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var number))
                return request;
            version = number;
        }
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject().Where(p => !Reserved.Contains(p.Name)))
        {
            if (property.Value.ValueKind != JsonValueKind.String)
                return request;
            inputs[property.Name] = property.Value.GetString()!;
        }
        valid = true;
        return request with { ConcernId = id, Verb = verb.GetString()!, Version = version, Inputs = inputs };
    }
}
