namespace RufaBot.Concerns.Reporters;

/// <summary>
/// Who submits, as the chat knows them. <paramref name="AadObjectId"/> is the Teams user's Entra object id (on a
/// channel without one, the channel's stable user id); it is only ever stored as a keyed hash, and encrypted as well
/// for Named and Confidential reports, together with <paramref name="DisplayName"/>.
/// </summary>
internal sealed record ReporterInfo(string AadObjectId, string? DisplayName, ReporterConversation? Conversation);
