using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Dialogs;
using RufaBot.Escalation.Actions;
using RufaBot.Storage;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// Confirm or Dismiss on a relation card. Only a focal point holding both concerns may decide, in a personal chat,
/// once: the decision is stored with its keyed actor, recorded in both concerns' trails (so their cards show it), and
/// every copy of the relation card is updated. A dismissed link stays dismissed: it is never suggested again.
/// </summary>
internal sealed class RelationCommand(IDbContextFactory<RufaDbContext> contexts, ReporterKeys keys, RelatedConcerns related, RelationCard cards,
    IConcernChanges changes, FlowCatalog catalog, TimeProvider time) : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (Parse(turn.Activity) is not { } request)
            return null;
        var locale = turn.Activity.Locale;
        if (CardActionRequest.IsShared(turn.Activity) || turn.Activity.From?.AadObjectId is not { Length: > 0 } aad)
            return [Replies.Text(catalog.Text("ew.relation.notAllowed", locale))];
        try
        {
            return [await DecideAsync(request.ConcernId, request.RelatedId, request.Confirm, keys.Actor(aad), locale, cancellationToken)];
        }
        catch (DbUpdateConcurrencyException)
        {
            // A colleague decided, or one of the concerns changed, at the same moment: nothing was stored.
            return [Replies.Text(catalog.Text("ew.relation.tryAgain", locale))];
        }
    }

    private async Task<Activity> DecideAsync(Guid concernId, Guid relatedId, bool confirm, string actorKey, string? locale, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var relation = await db.Set<ConcernRelation>().FirstOrDefaultAsync(r => r.ConcernId == concernId && r.RelatedConcernId == relatedId, ct);
        var pair = relation is null ? [] : await db.Concerns.Include(c => c.Events).AsSplitQuery()
            .Where(c => c.Id == relation.ConcernId || c.Id == relation.RelatedConcernId).ToListAsync(ct);
        var a = pair.FirstOrDefault(c => c.Id == relation?.ConcernId);
        var b = pair.FirstOrDefault(c => c.Id == relation?.RelatedConcernId);
        // The same answer whether the link does not exist or is not this person's to see.
        if (relation is null || a is null || b is null || !RelatedConcerns.IsEntitled(a, b, actorKey))
            return Replies.Text(catalog.Text("ew.relation.notAllowed", locale));
        if (relation.State != RelationState.Suggested)
            return await CardAsync(db, a, actorKey, locale, "ew.relation.already." + relation.State, ct);

        var now = time.GetUtcNow();
        relation.State = confirm ? RelationState.Confirmed : RelationState.Dismissed;
        (relation.DecidedBy, relation.DecidedAt) = (actorKey, now);
        foreach (var (concern, other) in new[] { (a, b), (b, a) })
        {
            var role = concern.Participant(actorKey)!.Role;
            concern.RecordRelation(confirm, other.Reference, new ConcernActor(role, actorKey), now);
            await changes.ChangingAsync(db, concern, now, ct);
        }
        // The decided relation is tracked, so the links read here carry the new decision.
        var links = await RelatedConcerns.LinksOfAsync(db, a, ct);
        await related.EnqueueCardsAsync(db, a, links, now, ct);
        await db.SaveChangesAsync(ct);
        return Replies.Card(cards.Render(a, RelatedConcerns.VisibleTo(a, links, actorKey), locale, catalog.Text("ew.relation.done." + relation.State, locale)));
    }

    // The decider's view of the concern's relation card, with a line saying what happened.
    private async Task<Activity> CardAsync(RufaDbContext db, Concern a, string actorKey, string? locale, string messageKey, CancellationToken ct) =>
        Replies.Card(cards.Render(a, RelatedConcerns.VisibleTo(a, await RelatedConcerns.LinksOfAsync(db, a, ct), actorKey), locale, catalog.Text(messageKey, locale)));

    private static (Guid ConcernId, Guid RelatedId, bool Confirm)? Parse(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("rufa", out var marker) && marker.ValueKind == JsonValueKind.String && marker.GetString() == RelationCard.Marker
        && value.TryGetProperty("concern", out var c) && c.ValueKind == JsonValueKind.String && Guid.TryParse(c.GetString(), out var concern)
        && value.TryGetProperty("related", out var r) && r.ValueKind == JsonValueKind.String && Guid.TryParse(r.GetString(), out var related)
        && value.TryGetProperty("decision", out var d) && d.ValueKind == JsonValueKind.String && d.GetString() is RelationCard.Confirm or RelationCard.Dismiss
            ? (concern, related, d.GetString() == RelationCard.Confirm)
            : null;
}
