namespace BotProtocol;

/// <summary>Activity type names, compared ordinally as the protocol specifies.</summary>
public static class ActivityTypes
{
    /// <summary>A message from a user or bot.</summary>
    public const string Message = "message";
    /// <summary>Members joined or left, or a Teams team/channel event.</summary>
    public const string ConversationUpdate = "conversationUpdate";
    /// <summary>The app was installed or removed.</summary>
    public const string InstallationUpdate = "installationUpdate";
    /// <summary>Reactions were added to or removed from a message.</summary>
    public const string MessageReaction = "messageReaction";
    /// <summary>A request that expects a synchronous answer in the HTTP response.</summary>
    public const string Invoke = "invoke";
    /// <summary>A named event.</summary>
    public const string Event = "event";
    /// <summary>The typing indicator.</summary>
    public const string Typing = "typing";
}
