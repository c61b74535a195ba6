using System.Text.Json;
using BotProtocol;

namespace RufaBot.Cli;

/// <summary>
/// What Teams would send for a person in their private chat with the bot. The service URL is on loopback so local
/// development authentication accepts it; nothing is ever sent there, because replies go to the in-process connector.
/// </summary>
internal static class ChatActivities
{
    public const string ServiceUrl = "http://127.0.0.1/rufabot-chat/";
    public static readonly ChannelAccount Bot = new() { Id = "28:rufabot-chat", Name = "RufaBot" };

    public static Activity Message(ChatUser user, string locale, string? text, JsonElement? value = null, string? replyToId = null)
    {
        var activity = Base(ActivityTypes.Message, user, locale);
        activity.Text = text;
        activity.Value = value;
        activity.ReplyToId = replyToId;
        return activity;
    }

    /// <summary>The bot was added to the person's chat: what Teams sends when someone installs the app.</summary>
    public static Activity Installed(ChatUser user, string locale)
    {
        var activity = Base(ActivityTypes.ConversationUpdate, user, locale);
        activity.MembersAdded = [user.Account(), new ChannelAccount { Id = Bot.Id, Name = Bot.Name }];
        return activity;
    }

    /// <summary>An Action.Execute press: Teams sends it as an <c>adaptiveCard/action</c> invoke.</summary>
    public static Activity Execute(ChatUser user, string locale, JsonElement value, string? replyToId)
    {
        var activity = Base(ActivityTypes.Invoke, user, locale);
        activity.Name = "adaptiveCard/action";
        activity.Value = value;
        activity.ReplyToId = replyToId;
        return activity;
    }

    private static Activity Base(string type, ChatUser user, string locale) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString("N"),
        Timestamp = DateTimeOffset.UtcNow,
        LocalTimestamp = DateTimeOffset.Now,
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = user.Account(),
        Recipient = new ChannelAccount { Id = Bot.Id, Name = Bot.Name },
        Conversation = new ConversationAccount { Id = user.ConversationId, ConversationType = "personal", TenantId = ChatUser.TenantId },
        ChannelData = JsonSerializer.SerializeToElement(new TeamsChannelData { Tenant = new TeamsEntity { Id = ChatUser.TenantId } }, ProtocolJson.Default.TeamsChannelData),
        Locale = locale,
    };
}
