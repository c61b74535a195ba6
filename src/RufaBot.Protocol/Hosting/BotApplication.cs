using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>
/// Runs one authenticated activity through the bot: drop re-sends, refuse what the <see cref="ITurnLimiter"/> (if any)
/// does not admit, take the conversation's lock, dispatch, and turn any failure into a short apology with a
/// correlation id (details go to the log only), or into the application's own words when an
/// <see cref="ITurnFailureReply"/> recognises the failure.
/// </summary>
internal sealed class BotApplication(
    IBot bot,
    IConnectorClient connector,
    IConversationLock conversationLock,
    IActivityDeduplicator deduplicator,
    TurnTracker tracker,
    BotTelemetry telemetry,
    IEnumerable<ITurnFailureReply> failureReplies,
    IOptions<BotOptions> options,
    ILogger<BotApplication> logger,
    ITurnLimiter? limiter = null)
{
    private readonly BotOptions _options = options.Value;

    /// <summary>The outcome the endpoint turns into an HTTP response.</summary>
    internal readonly record struct Outcome(int Status, InvokeResponse? Invoke = null);

    public async Task<Outcome> ProcessAsync(Activity activity, ClaimsIdentity identity)
    {
        var conversationId = activity.Conversation!.Id!;
        using var scope = logger.BeginScope(new TurnScope(activity.Id, conversationId, activity.Type));
        var correlationId = NewCorrelationId();
        try
        {
            if (activity.Id is { Length: > 0 } id && !await deduplicator.TryBeginAsync(conversationId, id, CancellationToken.None))
            {
                telemetry.Duplicates.Add(1);
                Log.DuplicateDropped(logger);
                return new Outcome(200);
            }
        }
        catch (Exception exception)
        {
            // The shared store behind de-duplication is down; the lock behind it would be too. Run nothing, say why,
            // and answer 200 so the channel does not re-send into the same outage.
            telemetry.TurnErrors.Add(1);
            Log.DeduplicationFailed(logger, exception, correlationId);
            if (activity.Type == ActivityTypes.Invoke)
                return new Outcome(200, InvokeFailure(correlationId));
            await ApologiseAsync(new TurnContext(activity, identity, connector, correlationId), exception);
            return new Outcome(200);
        }

        if (limiter is not null && !limiter.TryAdmit(activity))
        {
            // Refused before the lock and before any state is read, so the turn changes nothing; 200 either way,
            // because a channel re-sends on an error status and a flood would feed itself.
            telemetry.Rejected.Add(1, new KeyValuePair<string, object?>("status", 429));
            Log.TurnRefused(logger);
            var refusal = await RefuseAsync(activity, identity, correlationId);
            return new Outcome(200, activity.Type == ActivityTypes.Invoke ? refusal : null);
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var invoke = await RunTurnAsync(activity, identity, correlationId);
            return new Outcome(invoke?.Status ?? 501, invoke);
        }

        // Reply as soon as the turn is done, but never keep the channel waiting near its 15 s re-send limit:
        // past the budget, answer 202 and let the turn finish in the background.
        var turn = RunTurnAsync(activity, identity, correlationId);
        try
        {
            // WaitAsync drops its timer as soon as the turn ends, so fast turns leave nothing behind.
            await turn.WaitAsync(_options.TurnAcknowledgeAfter);
            return new Outcome(200);
        }
        catch (TimeoutException)
        {
            // From here the turn outlives its request; the tracker lets it finish on shutdown.
            tracker.Track(turn);
            return new Outcome(202);
        }
    }

    private async Task<InvokeResponse?> RunTurnAsync(Activity activity, ClaimsIdentity identity, string correlationId)
    {
        // Our own timeout, not HttpContext.RequestAborted: the turn may outlive the HTTP response it arrived on.
        using var timeout = new CancellationTokenSource(_options.TurnTimeout);
        using var trace = telemetry.Source.StartActivity("turn " + activity.Type);
        var started = Stopwatch.GetTimestamp();
        var turn = new TurnContext(activity, identity, connector, correlationId);
        try
        {
            await using (await conversationLock.AcquireAsync(turn.ConversationId, timeout.Token))
            {
                return await bot.OnTurnAsync(turn, timeout.Token);
            }
        }
        catch (Exception exception)
        {
            telemetry.TurnErrors.Add(1);
            trace?.SetStatus(ActivityStatusCode.Error);
            if (timeout.IsCancellationRequested)
                Log.TurnTimedOut(logger, _options.TurnTimeout, correlationId);
            Log.TurnFailed(logger, exception, correlationId);
            return activity.Type == ActivityTypes.Invoke ? InvokeFailure(correlationId) : await ApologiseAsync(turn, exception);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            telemetry.Turns.Add(1, new KeyValuePair<string, object?>("type", activity.Type));
            telemetry.TurnDuration.Record(elapsed, new KeyValuePair<string, object?>("type", activity.Type));
            Log.TurnFinished(logger, activity.Type!, elapsed);
        }
    }

    private async Task<InvokeResponse?> RefuseAsync(Activity activity, ClaimsIdentity identity, string correlationId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await limiter!.RefuseAsync(new TurnContext(activity, identity, connector, correlationId), timeout.Token);
        }
        catch (Exception exception)
        {
            Log.RefusalFailed(logger, exception, correlationId);
            return null;
        }
    }

    private async Task<InvokeResponse?> ApologiseAsync(TurnContext turn, Exception exception)
    {
        if (turn.Activity.Type != ActivityTypes.Message)
            return null;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var reply = failureReplies.Select(r => r.For(exception, turn)).FirstOrDefault(r => r is not null)
                ?? Replies.Text(
                    $"Sorry, something went wrong on my side and I could not finish that. Nothing you typed before this message is lost. " +
                    $"Please try again; if it keeps happening, quote reference {turn.CorrelationId} to your administrator.");
            await turn.SendAsync(reply, timeout.Token);
        }
        catch (Exception sendFailure)
        {
            Log.ApologyFailed(logger, sendFailure, turn.CorrelationId);
        }
        return null;
    }

    private static InvokeResponse InvokeFailure(string correlationId) => new(200, JsonSerializer.SerializeToElement(
        new InvokeErrorBody(500, "application/vnd.microsoft.error",
            new InvokeError("InternalError", $"Something went wrong. Reference {correlationId}.")),
        ProtocolJson.Default.InvokeErrorBody));

    private static string NewCorrelationId() => Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 5);

    private sealed record TurnScope(string? ActivityId, string ConversationId, string? ActivityType)
    {
        public override string ToString() => $"activity {ActivityId} in {ConversationId} ({ActivityType})";
    }
}
