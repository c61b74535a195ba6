using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Notifications;
using RufaBot.Escalation.Reach;
using RufaBot.Storage;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// Escalation's part in the changes <see cref="ConcernService"/> stores: route a new concern and queue its cards, queue
/// the updated cards after any other change, forget the messages to a reporter's chat when their link is cut, all in the
/// caller's unit of work, with the administrators' notice of a routing gap.
/// </summary>
internal sealed class ConcernChanges(TierAssignment assignment, CardCopies copies, IReachGaps gaps, ReporterChatRecords reporterChats) : IConcernChanges
{
    public async Task<bool> SubmittingAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct)
    {
        var routed = await assignment.AssignAsync(concern, now, ct);
        await copies.EnqueueAsync(db, concern, now, ct);
        if (!routed)
            gaps.EnqueueRoutingGap(db, concern.Id, concern.Reference, concern.Tier, now);
        return routed;
    }

    public Task ChangingAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct) => copies.EnqueueAsync(db, concern, now, ct);

    public Task CuttingLinkAsync(RufaDbContext db, ReporterConversation chat, string reference, CancellationToken ct) =>
        reporterChats.ForgetAsync(db, chat, reference, ct);
}
