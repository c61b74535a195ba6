namespace RufaBot.Concerns;

/// <summary>
/// Retention: a closed concern is purged once it has been closed long enough. The purge keeps a tombstone (reference,
/// status, dates, tier, assessment, decision kinds) and drops everything a person said or that could identify anyone:
/// the intake's facts and free text, the focal points holding cards, and the reasons and actors of decisions. The
/// trail's notes and actor keys are cleared by the storage side (<see cref="Retention.ConcernPurger"/>).
/// </summary>
internal sealed partial class Concern
{
    /// <summary>When the concern was closed; null while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the concern's content was purged; null while it is kept.</summary>
    public DateTimeOffset? PurgedAt { get; private set; }

    public void Purge(DateTimeOffset at)
    {
        Require("purge", [ConcernStatus.Closed], ConcernStatus.Closed);
        if (PurgedAt is not null)
            return;

        Description = "";
        Place = null;
        Attachments = [];
        Categories = [];
        RiskFactors = [];
        Groups = [];
        AlreadyReported = [];
        Danger = null;
        SituationStatus = null;
        When = null;
        WhenApproximate = false;
        CountryCode = null;
        Entity = null;
        AffectedCount = default;
        Perpetrators = default;
        Source = null;
        SourceConsent = null;
        Corroboration = null;
        SourcesAtRisk = default;
        Implicated = default;
        ReferredTo = null;
        RoutingKey = null;
        CloseRequestedBy = null;
        _participants.Clear();
        var kept = _decisions.Select(d => new DecisionRecord(d.Kind, d.Tier, new ConcernActor(d.ActorRole, null), d.At, "", d.Outcome)).ToList();
        _decisions.Clear();
        _decisions.AddRange(kept);

        PurgedAt = at;
        Version++;
        _events.Add(new ConcernEvent(ConcernEventKind.Purged, Status, ConcernActor.System, at));
    }
}
