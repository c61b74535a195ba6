using BotProtocol;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// A button pressed on an escalation card, as far as the server believes it: the concern id, the verb, the version the
/// card showed and what the user typed (strings only). Who pressed it comes from the authenticated activity, never from
/// the card; <see cref="ConversationId"/> tells a tier channel's read-only viewers apart from strangers, and
/// <see cref="Shared"/> says the card sits where others read too (a channel or group chat), where only the focal points
/// assigned at the current tier get more than the de-identified view.
/// </summary>
internal sealed record CardActionRequest(
    Guid ConcernId,
    string Verb,
    long? Version,
    IReadOnlyDictionary<string, string> Inputs,
    string? ActorAadObjectId,
    string? ConversationId,
    bool Shared = false)
{
    public static bool IsShared(Activity activity) => activity.Conversation?.ConversationType is "channel" or "groupChat";

    /// <summary>The typed text, trimmed; null when there is none or none of it can be seen (zero-width and control characters only).</summary>
    public string? Input(string id) => Inputs.TryGetValue(id, out var value) && value.Any(Visible) ? value.Trim() : null;

    private static bool Visible(char c) =>
        !char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format;
}
