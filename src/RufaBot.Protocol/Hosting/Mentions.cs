using System.Net;

namespace BotProtocol;

/// <summary>Removes mentions of the bot from message text, using the mention entities (never the text alone).</summary>
public static class Mentions
{
    /// <summary>
    /// The activity text without any mention of <c>activity.recipient</c>, trimmed. Mentions of other people are kept.
    /// When an entity has no <c>text</c>, <c>&lt;at&gt;name&lt;/at&gt;</c> is removed instead (plain or HTML-encoded name).
    /// </summary>
    public static string? RemoveBotMentions(Activity activity)
    {
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(botId) || activity.Entities is null)
            return text?.Trim();

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Mentioned?.Id != botId)
                continue;
            if (!string.IsNullOrEmpty(entity.Text))
            {
                text = text.Replace(entity.Text, string.Empty, StringComparison.Ordinal);
            }
            else if (!string.IsNullOrEmpty(entity.Mentioned.Name))
            {
                text = text.Replace($"<at>{entity.Mentioned.Name}</at>", string.Empty, StringComparison.OrdinalIgnoreCase)
                           .Replace($"<at>{WebUtility.HtmlEncode(entity.Mentioned.Name)}</at>", string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }
        return text.Trim();
    }
}
