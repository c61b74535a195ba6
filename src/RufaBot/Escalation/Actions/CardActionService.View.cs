using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Cards;
using RufaBot.Storage;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// Card refreshes. Teams asks for a fresh card each time a focal point opens the chat, so reads are audited once per
/// viewer and concern version: enough to know who saw which state, without one trail entry per scroll.
/// </summary>
internal sealed partial class CardActionService
{
    private async Task<CardActionOutcome> ViewAsync(RufaDbContext db, Concern concern, CardViewer viewer, CardActionRequest request, DateTimeOffset now, CancellationToken ct)
    {
        if (request.ActorAadObjectId is { Length: > 0 } aad)
        {
            var key = keys.Actor(aad);
            var seen = concern.Events.Any(e => e.Kind == ConcernEventKind.Viewed && e.ActorKey == key && e.At >= concern.UpdatedAt);
            if (!seen)
            {
                concern.RecordView(new ConcernActor(viewer.Role, key), now);
                await db.SaveChangesAsync(ct);
                Concerns.Log.ConcernViewed(logger, concern.Id, viewer.Role);
            }
        }
        return await Outcome(concern, viewer, now, null, [], ct);
    }

    private async Task<CardActionOutcome> Outcome(Concern concern, CardViewer viewer, DateTimeOffset now, string? key,
        IReadOnlyList<(string, string)> values, CancellationToken ct, RevealedReporter? reporter = null)
    {
        var colleagues = viewer.Assigned && viewer.Key is { } viewerKey ? await assignment.ColleaguesAsync(concern, viewerKey, ct) : null;
        return new CardActionOutcome(concern, viewer, now, deadlines.DueAt(concern), key, values, reporter, colleagues);
    }
}
