using BotProtocol;

namespace RufaBot.Conversations;

/// <summary>
/// The cache key of a user's state in a conversation. The format version is part of the key, so a release that
/// changes the state's shape never misreads a draft written by an older one.
/// </summary>
internal static class ConversationKey
{
    private const string Prefix = "rufa:conv:v1:";

    public static string For(Activity activity) =>
        Prefix + activity.Conversation!.Id + "|" + (activity.From?.AadObjectId ?? activity.From?.Id ?? "anonymous");
}
