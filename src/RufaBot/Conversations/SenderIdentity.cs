using BotProtocol;

namespace RufaBot.Conversations;

/// <summary>
/// Who sent an activity, as far as its channel vouches for them: the one identity reporters' concerns are found by.
/// In Teams that is the Entra object id the Connector signs into the activity; an activity from Teams without one has
/// no identity at all (never the channel user id in its place, which anyone could set to somebody's object id). Any
/// other channel's user id is prefixed with the channel's name, so it can never equal an Entra object id.
/// </summary>
internal static class SenderIdentity
{
    public const string Teams = "msteams";

    /// <summary>Null when the channel gives no identity it vouches for.</summary>
    public static string? Of(Activity activity)
    {
        var from = activity.From;
        if (activity.ChannelId == Teams)
            return string.IsNullOrWhiteSpace(from?.AadObjectId) ? null : from.AadObjectId.Trim().ToLowerInvariant();
        return string.IsNullOrWhiteSpace(from?.Id) || string.IsNullOrWhiteSpace(activity.ChannelId)
            ? null
            : $"{activity.ChannelId.Trim().ToLowerInvariant()}:{from.Id.Trim()}";
    }
}
