using System.Security.Cryptography;
using System.Text;
using BotProtocol;

namespace RufaBot.Cli;

/// <summary>
/// A person in chat mode, with their own private (personal) conversation with the bot, as in Teams. Ids come from
/// the name, so <c>/as Sam</c> is the same Sam every time; someone the bot wrote to first keeps the ids it used.
/// </summary>
internal sealed record ChatUser(string Name, string Id, string AadObjectId, string ConversationId)
{
    public const string TenantId = "9c3a1f4e-5b7d-4e2a-8f61-2d0b7c9e4a15";

    public static ChatUser Named(string name)
    {
        var slug = Slug(name);
        // A stable GUID per name, as Entra gives each person one.
        var aad = new Guid(SHA256.HashData(Encoding.UTF8.GetBytes("rufabot-chat:" + slug)).AsSpan(0, 16)).ToString("D");
        return new ChatUser(name.Trim(), "29:chat-" + slug, aad, "a:chat-" + slug);
    }

    /// <summary>Someone the bot starts a conversation with (e.g. a focal point): their ids as the bot gave them.</summary>
    public static ChatUser From(ChannelAccount member)
    {
        var named = Named(member.Name ?? member.Id ?? "someone");
        return named with { Id = member.Id ?? named.Id, AadObjectId = member.AadObjectId ?? named.AadObjectId };
    }

    public ChannelAccount Account() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId };

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : "user";
    }
}
