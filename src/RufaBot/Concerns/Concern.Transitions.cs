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

    /// <summary>Hands the concern to another entity or mechanism; the decision is recorded with its reason.</summary>
    public void Refer(string to, string reason, ConcernActor actor, DateTimeOffset at)
    {
        var target = RequireText(to, nameof(to));
        var text = RequireText(reason, nameof(reason));
        if (target.Length > 200)
            throw new ArgumentException($"{nameof(to)} is {target.Length} characters; the limit is 200.", nameof(to));
        Move("refer", [Acknowledged, InformationRequested, Escalated], Referred, ConcernEventKind.Referred, actor, at, $"{target}: {text}");
        ReferredTo = target;
        _decisions.Add(new DecisionRecord(DecisionKind.Referred, Tier, actor, at, text, target: target));
    }

    /// <summary>A close without an outcome and without the two-person rule: for administrative and system closes.</summary>
    public void Close(string reason, ConcernActor actor, DateTimeOffset at)
    {
        var text = RequireText(reason, nameof(reason));
        Move("close", Open, Closed, ConcernEventKind.Closed, actor, at, text);
        _decisions.Add(new DecisionRecord(DecisionKind.Closed, Tier, actor, at, text));
    }

    public void RecordView(ConcernActor actor, DateTimeOffset at) =>
        _events.Add(new ConcernEvent(ConcernEventKind.Viewed, Status, actor, at));

    /// <summary>The reporter sent a file; like added information it is allowed until the concern is closed.</summary>
    public void AddFile(DateTimeOffset at) =>
        Move("add a file to", Open, Status, ConcernEventKind.FileAdded, ConcernActor.Reporter, at);

    /// <summary>How many files the reporter has sent (their rows are apart; the trail counts them).</summary>
    public int FileCount => _events.Count(e => e.Kind == ConcernEventKind.FileAdded);

    /// <summary>A focal point downloaded a file: recorded like a read, without changing the status or the version.</summary>
    public void RecordFileDownload(ConcernActor actor, DateTimeOffset at) =>
        _events.Add(new ConcernEvent(ConcernEventKind.FileDownloaded, Status, actor, at));

    /// <summary>A reviewer read the decision timeline (after-action review): recorded like a read, only once closed.</summary>
    public void RecordReview(ConcernActor actor, string how, DateTimeOffset at) =>
        _events.Add(new ConcernEvent(ConcernEventKind.Reviewed, Status, actor, at, how));

    /// <summary>An attempt by someone with no part in the concern; <paramref name="actorKey"/> is their keyed hash, never their id.</summary>
    public void RecordOutsiderAttempt(string? actorKey, string verb, DateTimeOffset at) =>
        _events.Add(new ConcernEvent(ConcernEventKind.OutsiderRefused, Status, new ConcernActor(ConcernRole.System, actorKey), at, verb));

    /// <summary>
    /// A look at the reporter's identity, shown or withheld. <paramref name="reason"/> is what the focal point wrote
    /// when they asked (kept in the entry's note, encrypted like every note): the trail says who looked, when and why.
    /// </summary>
    public void RecordIdentityRequest(ConcernActor actor, bool revealed, DateTimeOffset at, string? reason = null) =>
        _events.Add(new ConcernEvent(revealed ? ConcernEventKind.IdentityRevealed : ConcernEventKind.IdentityWithheld, Status, actor, at,
            reason is null ? null : RequireText(reason, nameof(reason))));

    private void Move(string action, ConcernStatus[] from, ConcernStatus to, ConcernEventKind kind, ConcernActor actor, DateTimeOffset at, string? note = null)
    {
        Require(action, from, to);
        Status = to;
        if (to == Closed)
            ClosedAt = at;
        CloseRequestedBy = null;
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
