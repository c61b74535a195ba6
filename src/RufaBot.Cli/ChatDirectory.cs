using BotProtocol;

namespace RufaBot.Cli;

/// <summary>
/// Everyone chat mode knows, by name and by private conversation. The demo focal points are known from the start, so
/// a card the bot sends to one of them by object id lands in their chat, under their name.
/// </summary>
internal sealed class ChatDirectory(IEnumerable<string> known)
{
    private readonly Lock _gate = new();
    private readonly List<ChatUser> _users = [.. known.Distinct(StringComparer.OrdinalIgnoreCase).Select(ChatUser.Named)];

    /// <summary>The person with this name, the same one as before if they were met already.</summary>
    public ChatUser Named(string name)
    {
        lock (_gate)
            return _users.FirstOrDefault(u => string.Equals(u.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Add(ChatUser.Named(name));
    }

    /// <summary>
    /// The person the bot means by <paramref name="member"/>, matched by id or Entra object id: the bot opens a focal
    /// point's chat with their object id as the member id.
    /// </summary>
    public ChatUser For(ChannelAccount member)
    {
        lock (_gate)
            return _users.FirstOrDefault(u => u.Id == member.Id || u.AadObjectId == member.Id
                                              || (member.AadObjectId is not null && u.AadObjectId == member.AadObjectId))
                ?? Add(ChatUser.From(member));
    }

    public ChatUser? ByConversation(string conversationId)
    {
        lock (_gate)
            return _users.FirstOrDefault(u => u.ConversationId == conversationId);
    }

    private ChatUser Add(ChatUser user)
    {
        _users.Add(user);
        return user;
    }
}
