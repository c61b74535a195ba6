using RufaBot.Dialogs;
using BotProtocol;
using StackExchange.Redis;

namespace RufaBot.Hosting;

/// <summary>
/// When Redis (conversation state, turn locks) cannot be reached, the user is told that plainly: the message was not
/// taken, what they answered before it is kept (in Redis, which keeps it across a restart when its persistence is on),
/// and when to try again. Other failures keep the generic apology.
/// </summary>
internal sealed class RedisUnavailableReply(FlowCatalog catalog) : ITurnFailureReply
{
    public Activity? For(Exception exception, TurnContext turn) =>
        IsRedisOutage(exception) ? Replies.Text(catalog.Text("host.stateUnavailable", turn.Activity.Locale)) : null;

    public static bool IsRedisOutage(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is RedisConnectionException or RedisTimeoutException)
                return true;
        return false;
    }
}
