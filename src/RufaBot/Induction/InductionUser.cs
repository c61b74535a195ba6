using BotProtocol;

namespace RufaBot.Induction;

/// <summary>Whose induction a message is about: the Entra object id in Teams, the channel's user id elsewhere.</summary>
internal static class InductionUser
{
    public static string? Id(Activity activity) =>
        activity.From?.AadObjectId is { Length: > 0 } aad ? aad : activity.From?.Id is { Length: > 0 } id ? id : null;

    public static bool InSharedScope(Activity activity) => activity.Conversation?.ConversationType is "groupChat" or "channel";
}
