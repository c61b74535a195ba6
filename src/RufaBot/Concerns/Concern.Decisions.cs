using RufaBot.Concerns.Assessment;
using static RufaBot.Concerns.ConcernStatus;

namespace RufaBot.Concerns;

/// <summary>
/// Decisions not to go further, each with a <see cref="DecisionRecord"/> (issue 5, point 10), and the ladder's next
/// step. Closing a critical (S4) concern at an entry tier (B0, B1) takes two focal points: the first close only asks,
/// a different assigned focal point confirms.
/// </summary>
internal sealed partial class Concern
{
    /// <summary>
    /// Where Escalate goes from each tier. B0 (emergency) hands over to B2: the emergency path already involves the RC
    /// office, and triage at B1 would only delay a case already judged urgent. B4 is the top: humans take it from there.
    /// </summary>
    public static EscalationTier? NextTier(EscalationTier tier) => tier switch
    {
        EscalationTier.B0 or EscalationTier.B1 => EscalationTier.B2,
        EscalationTier.B2 => EscalationTier.B3,
        EscalationTier.B3 => EscalationTier.B4,
        _ => null,
    };

    public bool NeedsSecondCloser => Severity == Severity.S4 && Tier <= EscalationTier.B1;

    /// <summary>The close waiting for a second focal point, if any.</summary>
    public DecisionRecord? PendingClose => CloseRequestedBy is null ? null : _decisions.LastOrDefault(d => d.Kind == DecisionKind.CloseRequested);

    /// <summary>
    /// Closes with an outcome and a reason, or, for a critical concern at an entry tier, records the request and
    /// returns false until another focal point confirms (<see cref="ConfirmClose"/>).
    /// </summary>
    public bool Close(CloseOutcome outcome, string reason, ConcernActor actor, DateTimeOffset at)
    {
        var text = RequireText(reason, nameof(reason));
        if (!NeedsSecondCloser)
        {
            Move("close", Open, Closed, ConcernEventKind.Closed, actor, at, $"{outcome}: {text}");
            _decisions.Add(new DecisionRecord(DecisionKind.Closed, Tier, actor, at, text, outcome));
            return true;
        }
        Require("close", Open, Closed);
        if (CloseRequestedBy is not null)
            throw new SecondFocalPointException(Reference, CloseRequestedBy == actor.Key);
        _decisions.Add(new DecisionRecord(DecisionKind.CloseRequested, Tier, actor, at, text, outcome));
        Changed(ConcernEventKind.CloseRequested, actor, at, $"{outcome}: {text}");
        CloseRequestedBy = actor.Key;
        return false;
    }

    /// <summary>The second focal point confirms a requested close; the one who asked cannot.</summary>
    public void ConfirmClose(ConcernActor actor, DateTimeOffset at)
    {
        var request = PendingClose ?? throw new ConcernTransitionException(Reference, "confirm the close of", Status, Closed, []);
        if (request.ActorKey == actor.Key)
            throw new SecondFocalPointException(Reference, sameFocalPoint: true);
        Move("close", Open, Closed, ConcernEventKind.Closed, actor, at, $"{request.Outcome}: {request.Reason}");
        _decisions.Add(new DecisionRecord(DecisionKind.Closed, Tier, actor, at, request.Reason, request.Outcome));
    }

    /// <summary>Records a human decision (e.g. an Inter-Agency Task Force convened) without triggering anything.</summary>
    public void RecordDecision(string note, ConcernActor actor, DateTimeOffset at)
    {
        RequireOpen("record a decision on");
        var text = RequireText(note, nameof(note));
        _decisions.Add(new DecisionRecord(DecisionKind.Recorded, Tier, actor, at, text));
        Changed(ConcernEventKind.DecisionRecorded, actor, at, text);
    }
}
