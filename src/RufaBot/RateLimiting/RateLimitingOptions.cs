namespace RufaBot.RateLimiting;

/// <summary>
/// Section <c>RateLimiting</c>. Turns are counted per user and per conversation once the activity is read and
/// authenticated; <see cref="Endpoint"/> and <see cref="FailedAuthentications"/> guard <c>POST /api/messages</c> per
/// calling address before that, for callers that are not (or not yet) authenticated. Each instance counts on its own. The defaults suit people typing; a load test raises them or sets
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
    /// Requests without a bearer token one calling address may make (local development, probes, strangers). Requests
    /// with a token are not counted per address: Teams traffic arrives from the Bot Connector's few addresses, and
    /// its people are counted by <see cref="PerUser"/> and <see cref="PerConversation"/> instead.
    /// </summary>
    public WindowLimit Endpoint { get; set; } = new() { PermitLimit = 1000, Window = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// Requests one calling address may have refused with 401 (a forged, expired or mis-scoped token); past it the
    /// address gets 429 before its token is even checked. The Bot Connector never sends such a token.
    /// </summary>
    public WindowLimit FailedAuthentications { get; set; } = new() { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) };
}

/// <summary>At most <see cref="PermitLimit"/> per <see cref="Window"/>: sliding (six segments) for turns, fixed for the endpoint.</summary>
internal sealed class WindowLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
