using System.Text.Json;

namespace BotProtocol;

/// <summary>
/// Refuses activities from tenants the bot does not serve (<see cref="BotOptions.ServedTenants"/>), before anything is
/// read or stored: the tenant in <c>conversation.tenantId</c> and in <c>channelData.tenant.id</c> must be a served one,
/// and the two must agree. Teams names the tenant on every activity, so a Teams activity without one is refused too.
/// With no tenant configured (local development only; start-up refuses it otherwise) every activity passes.
/// </summary>
internal static class TenantGate
{
    /// <summary>Why the activity is refused, for the log; null when it may go on.</summary>
    public static string? Refusal(BotOptions options, Activity activity)
    {
        if (options.ServedTenants().Count == 0)
            return null;
        var fromConversation = Trimmed(activity.Conversation?.TenantId);
        var fromChannelData = Trimmed(ChannelDataTenant(activity.ChannelData));
        if (fromConversation is not null && fromChannelData is not null
            && !string.Equals(fromConversation, fromChannelData, StringComparison.OrdinalIgnoreCase))
            return "the activity names two different tenants";
        if ((fromConversation ?? fromChannelData) is { } tenant)
            return options.Serves(tenant) ? null : "the activity comes from a tenant this bot does not serve (Bot:AllowedTenants, MicrosoftAppTenantId)";
        return activity.ChannelId == "msteams" ? "the Teams activity names no tenant" : null;
    }

    private static string? ChannelDataTenant(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("tenant", out var t) && t.ValueKind == JsonValueKind.Object
        && t.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
