using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Notifications;
using RufaBot.Escalation.Reach;
using RufaBot.Storage;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// What <see cref="ConcernService"/> does beyond storing a change: route the tier, queue the card copies and the
/// reporter's notices in the same unit of work, and report a routing gap once the gap is stored.
/// </summary>
internal sealed class ConcernEscalation(TierAssignment assignment, CardCopies copies, ReporterNotices reporter, CardDeadlines deadlines, IReachGaps gaps,
    ReporterChatRecords reporterChats)
{
    public TierAssignment Assignment => assignment;

    public CardCopies Copies => copies;

    public ReporterNotices Reporter => reporter;

    public CardDeadlines Deadlines => deadlines;

    /// <summary>After submission: routes the entry tier and queues its cards. False when nobody could be found.</summary>
    public async Task<bool> RouteNewAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct)
    {
        var routed = await assignment.AssignAsync(concern, now, ct);
        await copies.EnqueueAsync(db, concern, now, ct);
        return routed;
    }

    /// <summary>Removes the messages to the reporter's chat about <paramref name="reference"/>, when their link is cut.</summary>
    public Task ForgetReporterChatAsync(RufaDbContext db, ReporterConversation chat, string reference, CancellationToken ct) =>
        reporterChats.ForgetAsync(db, chat, reference, ct);

    public Task ReportGapAsync(Concern concern, CancellationToken ct) => gaps.ReportRoutingGapAsync(concern.Id, concern.Reference, concern.Tier, ct);
}
