using System.Text.Json;
using RufaBot.Conversations;
using BotProtocol;

namespace RufaBot.Escalation.Reach;

/// <summary>
/// What an inbound activity tells about reachability: an address to keep (a person in their personal chat, a channel),
/// or that the bot was removed (uninstalled for the person, or from the team). Whether a person's address is kept at
/// all is <see cref="ReachRecordingBot"/>'s decision.
/// </summary>
internal sealed record ReachObservation(ReachAddress? Address, string? ForgetKey, string? ForgetTeamId)
{
    public static ReachObservation? From(Activity activity, DateTimeOffset now)
    {
        // The day only: a focal point may raise a concern too, and a time to the second beside it would date their turn.
        now = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
            return null;
        var type = activity.Conversation.ConversationType;
        var tenant = activity.Conversation.TenantId ?? Property(activity.ChannelData, "tenant", "id");
        var team = Property(activity.ChannelData, "team", "id");
        var removed = activity.Type == ActivityTypes.InstallationUpdate && activity.Action?.StartsWith("remove", StringComparison.Ordinal) == true
            || activity.Type == ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true;

        if (type == "personal" && activity.From?.AadObjectId is { Length: > 0 } aad)
        {
            var key = ReachAddress.PersonKey(aad);
            return removed
                ? new(null, key, null)
                : new(new ReachAddress
                {
                    Key = key, AadObjectId = aad.Trim().ToLowerInvariant(), MemberId = activity.From.Id, ServiceUrl = serviceUrl,
                    ConversationId = conversationId, TenantId = tenant, ConversationType = type, Locale = ClientLocale.From(activity.Locale), UpdatedAt = now,
                }, null, null);
        }
        if (type == "channel")
        {
            var key = ReachAddress.ChannelKey(conversationId);
            return removed
                ? new(null, key, team)
                : new(new ReachAddress
                {
                    Key = key, ServiceUrl = serviceUrl, ConversationId = conversationId.Split(';')[0], TenantId = tenant,
                    ConversationType = type, TeamId = team, UpdatedAt = now,
                }, null, null);
        }
        return null;
    }

    private static string? Property(JsonElement? data, string outer, string inner) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty(outer, out var o) && o.ValueKind == JsonValueKind.Object
        && o.TryGetProperty(inner, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
