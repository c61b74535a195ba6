namespace RufaBot.Escalation.Actions;

/// <summary>
/// A button pressed on an escalation card, as far as the server believes it: the concern id, the verb, the version the
/// card showed and what the user typed (strings only). Who pressed it comes from the authenticated activity, never from
/// the card; <see cref="ConversationId"/> tells a tier channel's read-only viewers apart from strangers.
/// </summary>
internal sealed record CardActionRequest(
    Guid ConcernId,
    string Verb,
    long? Version,
    IReadOnlyDictionary<string, string> Inputs,
    string? ActorAadObjectId,
    string? ConversationId)
{
    public string? Input(string id) => Inputs.TryGetValue(id, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
