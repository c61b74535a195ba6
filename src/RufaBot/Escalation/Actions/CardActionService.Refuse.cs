using RufaBot.Concerns;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Outbox;
using RufaBot.Storage;

namespace RufaBot.Escalation.Actions;

/// <summary>
/// Card actions from someone with no part in the concern, and on concern ids that do not exist, get one answer
/// (<see cref="CardActionOutcome.NoAccess"/>), so holding an id tells an outsider neither its reference nor whether it
/// is real. Each attempt is logged without the concern and counted. On a real concern it also goes into the trail under
/// the sender's keyed hash, once per sender and concern version, so that repeated clicks cannot grow the trail, unless
/// retention has purged the concern.
/// </summary>
internal sealed partial class CardActionService
{
    private CardActionOutcome RefuseUnknown(CardActionRequest request, DateTimeOffset now)
    {
        Log.CardActionByOutsider(logger, EscalationVerbs.Known(request.Verb), "unknown_concern");
        EscalationTelemetry.Refused("unknown_concern");
        return CardActionOutcome.NoAccess(now);
    }

    private async Task<CardActionOutcome> RefuseOutsiderAsync(RufaDbContext db, Concern concern, CardActionRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var key = request.ActorAadObjectId is { Length: > 0 } aad ? keys.Actor(aad) : null;
        var recorded = concern.Events.Any(e => e.Kind == ConcernEventKind.OutsiderRefused && e.ActorKey == key && e.At >= concern.UpdatedAt);
        // A purged concern keeps no actors (everyone is an outsider to it then): old cards' refreshes leave no key behind.
        if (!recorded && concern.PurgedAt is null)
        {
            concern.RecordOutsiderAttempt(key, EscalationVerbs.Known(request.Verb), now);
            await db.SaveChangesAsync(ct);
        }
        Log.CardActionByOutsider(logger, EscalationVerbs.Known(request.Verb), "outsider");
        EscalationTelemetry.Refused("outsider");
        return CardActionOutcome.NoAccess(now);
    }
}
