using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RufaBot.Dialogs;
using BotProtocol;

namespace RufaBot.RateLimiting;

/// <summary>
/// Counts messages and card actions per user (across their conversations) and per conversation; a turn needs a permit
/// from both. A refused message gets one plain notice per sender every few seconds (never one per message, and never
/// one per new conversation id, so a flood cannot make the bot flood the chats back); a refused invoke gets an error
/// the client shows. Limiters of idle users and conversations are dropped by <see cref="PartitionedRateLimiter"/>, so
/// memory stays bounded. Time comes from <see cref="TimeProvider"/>.
/// </summary>
internal sealed class TurnRateLimiter : ITurnLimiter, IDisposable
{
    /// <summary>At most one notice per sender in this time.</summary>
    internal static readonly TimeSpan NoticeInterval = TimeSpan.FromSeconds(5);

    private readonly PartitionedRateLimiter<Activity>? _turns;
    private readonly PartitionedRateLimiter<string> _notices;
    private readonly FlowCatalog _catalog;
    private readonly ILogger<TurnRateLimiter> _logger;

    public TurnRateLimiter(IOptions<RateLimitingOptions> options, FlowCatalog catalog, TimeProvider time, ILogger<TurnRateLimiter> logger)
    {
        _catalog = catalog;
        _logger = logger;
        var limits = options.Value;
        if (limits.Enabled)
        {
            _turns = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<Activity, string>(a => Sliding(UserKey(a), limits.PerUser, time)),
                PartitionedRateLimiter.Create<Activity, string>(a => Sliding(a.Conversation?.Id ?? "", limits.PerConversation, time)));
            Log.Limits(logger, limits.PerUser.PermitLimit, limits.PerUser.Window, limits.PerConversation.PermitLimit,
                limits.PerConversation.Window, limits.Endpoint.PermitLimit, limits.Endpoint.Window);
        }
        else
        {
            Log.Disabled(logger);
        }
        _notices = PartitionedRateLimiter.Create<string, string>(sender => Sliding(sender, new WindowLimit { PermitLimit = 1, Window = NoticeInterval }, time));
    }

    public bool TryAdmit(Activity activity)
    {
        // Only what a person sends is counted; installs, member changes and the like pass.
        if (_turns is null || activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
            return true;
        using var lease = _turns.AttemptAcquire(activity);
        return lease.IsAcquired;
    }

    public async Task<InvokeResponse?> RefuseAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = _catalog.Text("rateLimiting.slowDown", turn.Activity.Locale);
        if (turn.Activity.Type == ActivityTypes.Invoke)
            return new InvokeResponse(200, JsonSerializer.SerializeToElement(
                new InvokeErrorBody(429, "application/vnd.microsoft.error", new InvokeError("TooManyRequests", text)),
                ProtocolJson.Default.InvokeErrorBody));

        using var notice = _notices.AttemptAcquire(UserKey(turn.Activity));
        if (!notice.IsAcquired)
        {
            Log.RefusalNoticeSkipped(_logger);
            return null;
        }
        await turn.SendTextAsync(text, cancellationToken);
        return null;
    }

    public void Dispose()
    {
        _turns?.Dispose();
        _notices.Dispose();
    }

    /// <summary>The directory id when the channel sends one (the same person in every chat), else the channel's user id.</summary>
    private static string UserKey(Activity activity) => activity.From?.AadObjectId ?? activity.From?.Id ?? "";

    internal static RateLimitPartition<string> Sliding(string key, WindowLimit limit, TimeProvider time) =>
        RateLimitPartition.Get(key, _ => new SlidingWindowLimiter(limit, time));
}
