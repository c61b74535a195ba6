using static RufaBot.Concerns.ConcernStatus;

namespace RufaBot.Concerns;

/// <summary>
/// The status machine. Each action names the statuses it starts from; any other start throws a
/// <see cref="ConcernTransitionException"/> naming both states.
/// <code>
///  Acknowledge         Submitted, Escalated                                             -> Acknowledged
///  RequestInformation  Acknowledged, InformationRequested                               -> InformationRequested
///  AddInformation      any but Closed (from InformationRequested: back to Acknowledged)  -> unchanged
///  Escalate            Submitted, Acknowledged, InformationRequested, Escalated          -> Escalated (higher tier)
///  Refer               Acknowledged, InformationRequested, Escalated                     -> Referred
///  Close               any but Closed                                                    -> Closed
/// </code>
/// Reads and identity reveals are recorded in the trail without changing the status or the version.
/// </summary>
internal sealed partial class Concern
{
    private static readonly ConcernStatus[] Open = [Submitted, Acknowledged, InformationRequested, Escalated, Referred];

    public void Acknowledge(ConcernActor actor, DateTimeOffset at) =>
        Move("acknowledge", [Submitted, Escalated], Acknowledged, ConcernEventKind.Acknowledged, actor, at);

    public void RequestInformation(string question, ConcernActor actor, DateTimeOffset at) =>
        Move("request information on", [Acknowledged, InformationRequested], InformationRequested,
            ConcernEventKind.InformationRequested, actor, at, RequireText(question, nameof(question)));

    /// <summary>The reporter adds to their concern; the text joins the trail, which is the concern's record.</summary>
    public void AddInformation(string text, DateTimeOffset at) =>
        Move("add information to", Open, Status == InformationRequested ? Acknowledged : Status,
            ConcernEventKind.InformationAdded, ConcernActor.Reporter, at, RequireText(text, nameof(text)));

    /// <summary>Skeleton for the escalation ladder: moves the concern to a higher tier.</summary>
    public void Escalate(EscalationTier to, string reason, ConcernActor actor, DateTimeOffset at)
    {
        ConcernStatus[] from = [Submitted, Acknowledged, InformationRequested, Escalated];
        Require("escalate", from, Escalated);
        if (to <= Tier)
            throw new ArgumentOutOfRangeException(nameof(to), to, $"Cannot escalate concern {Reference} from {Tier} to {to}: escalation goes up the ladder.");
        Move("escalate", from, Escalated, ConcernEventKind.Escalated, actor, at, $"{Tier} -> {to}: {RequireText(reason, nameof(reason))}");
        Tier = to;
    }

    /// <summary>Skeleton for referrals to another entity or mechanism.</summary>
    public void Refer(string to, string reason, ConcernActor actor, DateTimeOffset at)
    {
        var target = RequireText(to, nameof(to));
        Move("refer", [Acknowledged, InformationRequested, Escalated], Referred,
            ConcernEventKind.Referred, actor, at, $"{target}: {RequireText(reason, nameof(reason))}");
        ReferredTo = target;
    }

    public void Close(string reason, ConcernActor actor, DateTimeOffset at) =>
        Move("close", Open, Closed, ConcernEventKind.Closed, actor, at, RequireText(reason, nameof(reason)));

    public void RecordView(ConcernActor actor, DateTimeOffset at) =>
        _events.Add(new ConcernEvent(ConcernEventKind.Viewed, Status, actor, at));

    public void RecordIdentityRequest(ConcernActor actor, bool revealed, DateTimeOffset at) =>
        _events.Add(new ConcernEvent(revealed ? ConcernEventKind.IdentityRevealed : ConcernEventKind.IdentityWithheld, Status, actor, at));

    private void Move(string action, ConcernStatus[] from, ConcernStatus to, ConcernEventKind kind, ConcernActor actor, DateTimeOffset at, string? note = null)
    {
        Require(action, from, to);
        Status = to;
        UpdatedAt = at;
        Version++;
        _events.Add(new ConcernEvent(kind, to, actor, at, note));
    }

    private void Require(string action, ConcernStatus[] from, ConcernStatus to)
    {
        if (!from.Contains(Status))
            throw new ConcernTransitionException(Reference, action, Status, to, from);
    }
}
