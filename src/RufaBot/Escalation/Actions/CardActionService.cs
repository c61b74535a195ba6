using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Files;
using RufaBot.Escalation.Notifications;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Storage;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// Buttons on escalation cards, and their refreshes. The concern's transitions are the domain's (<see cref="Concern"/>);
/// this decides who may press what and what follows. Everything is checked again here: the person must have a part in
/// the concern (else <see cref="RefuseOutsiderAsync"/>), be assigned at its current tier, the card's version must be the
/// concern's, the verb must fit the status and the inputs must be there. One click changes the concern, its trail, its card copies and
/// the reporter's notices in one SaveChanges; a concurrent click loses on the version token and gets the current card
/// with what happened instead.
/// </summary>
internal sealed partial class CardActionService(IDbContextFactory<RufaDbContext> contexts, ReporterKeys keys, TierAssignment assignment, CardCopies copies,
    ReporterNotices notices, CardDeadlines deadlines, IReachGaps gaps, FileLinks links, TimeProvider time, ILogger<CardActionService> logger)
{
    private static readonly ConcernEventKind[] Ladder =
    [
        ConcernEventKind.Acknowledged, ConcernEventKind.InformationRequested, ConcernEventKind.InformationAdded, ConcernEventKind.Escalated,
        ConcernEventKind.Referred, ConcernEventKind.Closed, ConcernEventKind.Reassigned, ConcernEventKind.ConflictDeclared,
        ConcernEventKind.CloseRequested, ConcernEventKind.DecisionRecorded,
    ];

    public Task<CardActionOutcome> ActOnCardAsync(CardActionRequest request, CancellationToken cancellationToken) =>
        ConcernStorage.GuardAsync(logger, async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var concern = await LoadAsync(db, request.ConcernId, cancellationToken);
            var now = time.GetUtcNow();
            if (concern is null)
                return RefuseUnknown(request, now);
            var viewer = ViewerOf(concern, request);
            if (viewer.IsOutsider)
                return await RefuseOutsiderAsync(db, concern, request, now, cancellationToken);
            if (request.Verb == EscalationVerbs.Refresh)
                return await ViewAsync(db, concern, viewer, request, now, cancellationToken);
            if (request.Verb == EscalationVerbs.FileLinks)
                return await FileLinksAsync(db, concern, viewer, now, cancellationToken);

            if (Refusal(concern, viewer, request) is { } refusal)
            {
                Log.CardActionRefused(logger, concern.Id, EscalationVerbs.Known(request.Verb), refusal.Reason);
                EscalationTelemetry.Refused(refusal.Reason);
                return await Outcome(concern, viewer, now, refusal.Key, refusal.Values, cancellationToken);
            }

            var applied = await ApplyAsync(db, concern, viewer, request, now, cancellationToken);
            if (!applied.Changed)
                return await Outcome(concern, viewer, now, applied.MessageKey, applied.MessageValues, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone else acted first (a double click, a colleague): show what happened, change nothing.
                Log.CardActionRefused(logger, request.ConcernId, EscalationVerbs.Known(request.Verb), "concurrent");
                EscalationTelemetry.Refused("concurrent");
                await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
                var current = (await LoadAsync(fresh, request.ConcernId, cancellationToken))!;
                var stale = Stale(current);
                return await Outcome(current, ViewerOf(current, request), now, stale.Key, stale.Values, cancellationToken);
            }
            Log.CardActionApplied(logger, concern.Id, request.Verb, concern.Tier, concern.Status);
            if (concern.Events.Any(e => e.Kind == ConcernEventKind.RoutingGap && e.At == now))
                await gaps.ReportRoutingGapAsync(concern.Id, concern.Reference, concern.Tier, cancellationToken);
            return await Outcome(concern, ViewerOf(concern, request), now, applied.MessageKey, applied.MessageValues, cancellationToken, applied.Reporter);
        }, cancellationToken);

    private static Task<Concern?> LoadAsync(RufaDbContext db, Guid id, CancellationToken ct) =>
        db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    private CardViewer ViewerOf(Concern concern, CardActionRequest request)
    {
        if (request.ActorAadObjectId is { Length: > 0 } aad)
        {
            var key = keys.Actor(aad);
            // In a channel, only those who hold the concern now see more than every member of the channel does.
            if (concern.Participant(key) is { Conflicted: false } person && (!request.Shared || concern.IsAssigned(key)))
                return new CardViewer(person.Role, concern.IsAssigned(key), key);
        }
        // Members of a tier channel read the channel's copy; the channel is known by the conversation, not by the card.
        // A thread's conversation id ends in ";messageid=…"; the channel is the part before.
        var conversation = request.ConversationId?.Split(';')[0];
        var channel = concern.Participants.Where(p => p.IsChannel && p.ChannelConversationId?.Split(';')[0] == conversation).MaxBy(p => p.Tier);
        return conversation is null || channel is null ? CardViewer.Outsider : CardViewer.Channel(channel);
    }

    /// <summary>Why a participant's action is refused: the reason (a metric tag) and the message for the card.</summary>
    private static (string Reason, string Key, (string, string)[] Values)? Refusal(Concern concern, CardViewer viewer, CardActionRequest request)
    {
        if (!EscalationVerbs.Actions.Contains(request.Verb))
            return ("unknown_verb", "esc.msg.unknownVerb", []);
        // A stale card first: "already escalated by a … at 14:02" says more than "not assigned" to someone who just lost the race.
        if (request.Version != concern.Version)
        {
            var (key, values) = Stale(concern);
            return ("stale", key, values);
        }
        return viewer.Assigned ? null : ("not_assigned", "esc.msg.notAssigned", []);
    }

    // With nothing on the ladder since (a routing change, a card of a version that never was), say just that.
    private static (string Key, (string, string)[] Values) Stale(Concern concern)
    {
        var last = concern.Events.LastOrDefault(e => Ladder.Contains(e.Kind));
        return last is null
            ? ("esc.msg.outOfDate", [])
            : ("esc.msg.stale", [("event", "esc.event." + last.Kind), ("role", "esc.role." + last.ActorRole), ("at", last.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture))]);
    }
}
