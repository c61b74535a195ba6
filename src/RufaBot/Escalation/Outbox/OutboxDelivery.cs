using Microsoft.EntityFrameworkCore;
using RufaBot.Escalation.Reach;
using BotProtocol;
using RufaBot.Storage;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// Delivers one claimed message and records the outcome under this instance's lease: delivered (with the activity
/// id, never sent again), postponed (an Update whose original is not out yet), or failed (retried after a backoff).
/// </summary>
/// <remarks>
/// Returns where the message went when it was delivered (null otherwise), so that the recipient's next message, claimed
/// right after it, need not look the address up again.
/// </remarks>
internal sealed class OutboxDelivery(OutboxAddressing addressing, IConnectorClient connector, IReachGaps gaps, TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    public async Task<OutboxTarget?> DeliverAsync(RufaDbContext db, Guid id, string owner, OutboxOptions options, OutboxTarget? resolved,
        CancellationToken ct)
    {
        var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.LeaseOwner == owner && m.DeliveredAt == null, ct);
        if (message is null)
            return null;
        try
        {
            var target = resolved ?? await addressing.ResolveAsync(message.Recipient, ct);
            var addressed = target;
            var activity = message.ReadActivity();
            string? activityId;
            var replaced = message.Kind == OutboxKind.Update ? await ReplacedAsync(db, message, ct) : null;
            if (replaced is { Delivered: false })
                return await PostponeAsync(db, message, owner, options, ct);
            if (replaced is { ActivityId: { } replacedId })
            {
                activity.Id = replacedId;
                var conversation = replaced.ConversationId ?? target.ConversationId;
                await connector.UpdateActivityAsync(target.ServiceUrl, conversation, replacedId, activity, ct);
                activityId = replacedId;
                target = target with { ConversationId = conversation };
            }
            else
                activityId = (await connector.SendToConversationAsync(target.ServiceUrl, target.ConversationId, activity, ct)).Id;

            var now = time.GetUtcNow();
            await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.DeliveredAt, now).SetProperty(m => m.DeliveredConversationId, target.ConversationId).SetProperty(m => m.ActivityJson, "")
                .SetProperty(m => m.DeliveredActivityId, activityId).SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
            EscalationTelemetry.Delivered.Add(1, new KeyValuePair<string, object?>("purpose", message.Purpose));
            Log.Delivered(logger, id, message.Purpose, message.Attempts + 1);
            return addressed;
        }
        catch (UnreachableException e)
        {
            if (message.Attempts == 0)
                await gaps.ReportUnreachableAsync(id, message.Recipient.AadObjectId ?? "", message.Purpose, e.Failure, ct);
            await FailAsync(db, message, owner, e.Failure, options, ct);
        }
        catch (ConnectorException e)
        {
            if (e.StopsProactiveSends)
                await addressing.ForgetPersonAsync(message.Recipient, ct);
            await FailAsync(db, message, owner, e.ErrorCode ?? (e.StatusCode is { } status ? $"http-{(int)status}" : "no-response"), options, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            await FailAsync(db, message, owner, e.GetType().Name, options, ct);
        }
        return null;
    }

    // The activity an Update replaces: by message id, or the latest delivered copy with the same copy key and recipient.
    // Null when there is none, or when it went out without an id: then the Update is sent as a new message.
    private static async Task<Replaced?> ReplacedAsync(RufaDbContext db, OutboxMessage message, CancellationToken ct)
    {
        var earlier = db.OutboxMessages.AsNoTracking().Where(m => m.RecipientKey == message.RecipientKey && m.Sequence < message.Sequence);
        var replaced = message.Replaces is { } replaces
            ? await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == replaces, ct)
            : message.CopyKey is { } copy
                ? await earlier.Where(m => m.CopyKey == copy && m.DeliveredActivityId != null).OrderByDescending(m => m.Sequence).FirstOrDefaultAsync(ct)
                : null;
        return replaced is null ? null : new Replaced(replaced.DeliveredAt is not null, replaced.DeliveredConversationId, replaced.DeliveredActivityId);
    }

    private sealed record Replaced(bool Delivered, string? ConversationId, string? ActivityId);

    private async Task<OutboxTarget?> PostponeAsync(RufaDbContext db, OutboxMessage message, string owner, OutboxOptions options, CancellationToken ct)
    {
        var due = time.GetUtcNow() + options.InitialBackoff;
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.DueAt, due).SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
        return null;
    }

    private async Task FailAsync(RufaDbContext db, OutboxMessage message, string owner, string failure, OutboxOptions options, CancellationToken ct)
    {
        var attempts = message.Attempts + 1;
        var due = time.GetUtcNow() + options.Backoff(attempts);
        var kind = failure.Length > 120 ? failure[..120] : failure;
        await db.OutboxMessages.Where(m => m.Id == message.Id && m.LeaseOwner == owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.LastFailure, kind).SetProperty(m => m.DueAt, due)
            .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
        EscalationTelemetry.Failed.Add(1, new KeyValuePair<string, object?>("purpose", message.Purpose), new KeyValuePair<string, object?>("failure", kind));
        Log.DeliveryFailed(logger, message.Id, message.Purpose, attempts, kind, due);
    }
}
