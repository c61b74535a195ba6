using System.Text.Json.Nodes;
using BotProtocol;

namespace RufaBot.Cards;

/// <summary>
/// In a group chat or channel, where concerns must not be raised, a button that opens the person's private chat with
/// RufaBot: a Teams deep link to a chat with the bot's own id (<c>28:…</c>, the recipient of the message or install).
/// </summary>
internal static class PrivateChatLink
{
    /// <summary>The button, or null off Teams or without the bot's id.</summary>
    public static JsonObject? Button(Activity activity, string title) =>
        activity.ChannelId == "msteams" && activity.Recipient?.Id is { Length: > 0 } bot
            ? new JsonObject
            {
                ["type"] = "Action.OpenUrl",
                ["title"] = title,
                // Teams names a bot "28:" + its app id; an emulator may leave the prefix out.
                ["url"] = "https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(bot.StartsWith("28:", StringComparison.Ordinal) ? bot : "28:" + bot),
            }
            : null;

    /// <summary>The text as a card with the button under it (Teams), or as text.</summary>
    public static Activity Reply(Activity activity, string text, string title) =>
        Button(activity, title) is { } button
            ? Replies.Card(AdaptiveCard.Create([AdaptiveCard.TextBlock(text)], [button]))
            : Replies.Text(text);
}
