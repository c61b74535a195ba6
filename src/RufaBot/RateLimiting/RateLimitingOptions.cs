namespace RufaBot.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c>. Turns are counted per user and per conversation once the activity is read and
/// authenticated; <see cref="Endpoint"/> guards <c>POST /api/messages</c> per calling address before that. Each
/// instance counts on its own. The defaults suit people typing; a load test raises them or sets
/// <see cref="Enabled"/> to false.
/// </summary>
internal sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Messages and card actions one person may send, across all their conversations.</summary>
    public WindowLimit PerUser { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Messages and card actions one conversation (a chat, a channel thread) may receive from everyone in it.</summary>
    public WindowLimit PerConversation { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// HTTP requests one calling address may make before any is read. Teams traffic arrives from the Bot Connector's
    /// few addresses, so this is sized for a whole tenant: a flood guard, not a per-person limit.
    /// </summary>
    public WindowLimit Endpoint { get; set; } = new() { PermitLimit = 1000, Window = TimeSpan.FromSeconds(10) };
}
