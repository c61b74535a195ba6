using BotProtocol;

namespace RufaBot.Cli;

/// <summary>Everyone chat mode knows, by name and by private conversation.</summary>
internal sealed class ChatDirectory
{
    private readonly Lock _gate = new();
    private readonly List<ChatUser> _users = [];

    /// <summary>The person with this name, the same one as before if they were met already.</summary>
    public ChatUser Named(string name)
    {
        lock (_gate)
            return _users.FirstOrDefault(u => string.Equals(u.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Add(ChatUser.Named(name));
    }

    /// <summary>The person the bot means by <paramref name="member"/>, matched by id or Entra object id.</summary>
    public ChatUser For(ChannelAccount member)
    {
        lock (_gate)
            return _users.FirstOrDefault(u => u.Id == member.Id || (member.AadObjectId is not null && u.AadObjectId == member.AadObjectId))
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
