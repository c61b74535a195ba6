using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using RufaBot.Dialogs;
using RufaBot.Protocol;

namespace RufaBot.RateLimiting;

/// <summary>
/// Counts messages and card actions per user (across their conversations) and per conversation; a turn needs a permit
/// from both. A refused message gets one plain notice per conversation every few seconds (never one per message, so a
/// flood cannot make the bot flood the chat back); a refused invoke gets an error the client shows. Limiters of idle
/// users and conversations are dropped by <see cref="PartitionedRateLimiter"/>, so memory stays bounded.
/// </summary>
internal sealed class TurnRateLimiter : ITurnLimiter, IDisposable
{
    /// <summary>At most one notice per conversation in this time.</summary>
    internal static readonly TimeSpan NoticeInterval = TimeSpan.FromSeconds(5);

    private readonly PartitionedRateLimiter<Activity>? _turns;
    private readonly PartitionedRateLimiter<string> _notices;
    private readonly FlowCatalog _catalog;
    private readonly ILogger<TurnRateLimiter> _logger;

    public TurnRateLimiter(IOptions<RateLimitingOptions> options, FlowCatalog catalog, ILogger<TurnRateLimiter> logger)
    {
        _catalog = catalog;
        _logger = logger;
        var limits = options.Value;
        if (limits.Enabled)
        {
            _turns = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<Activity, string>(a => Sliding(UserKey(a), limits.PerUser)),
                PartitionedRateLimiter.Create<Activity, string>(a => Sliding(a.Conversation?.Id ?? "", limits.PerConversation)));
            Log.Limits(logger, limits.PerUser.PermitLimit, limits.PerUser.Window, limits.PerConversation.PermitLimit,
                limits.PerConversation.Window, limits.Endpoint.PermitLimit, limits.Endpoint.Window);
        }
        else
        {
            Log.Disabled(logger);
        }
        _notices = PartitionedRateLimiter.Create<string, string>(conversation => RateLimitPartition.GetFixedWindowLimiter(conversation,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 1, Window = NoticeInterval, QueueLimit = 0 }));
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

        using var notice = _notices.AttemptAcquire(turn.ConversationId);
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

    private static RateLimitPartition<string> Sliding(string key, WindowLimit limit) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            SegmentsPerWindow = 6,
            QueueLimit = 0,
        });
}
