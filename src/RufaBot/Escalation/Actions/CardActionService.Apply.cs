using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Cards;
using RufaBot.Storage;
using Inputs = RufaBot.Escalation.Cards.EscalationVerbs.Inputs;

namespace RufaBot.Escalation.Actions;

/// <summary>Each verb of the escalation card, applied to the loaded concern; nothing is saved here.</summary>
internal sealed partial class CardActionService
{
    private sealed record Applied(string? MessageKey, (string, string)[] MessageValues, bool Changed, RevealedReporter? Reporter = null)
    {
        public static Applied Refused(string key, params (string, string)[] values) => new(key, values, false);
    }

    private async Task<Applied> ApplyAsync(RufaDbContext db, Concern concern, CardViewer viewer, CardActionRequest request, DateTimeOffset now, CancellationToken ct)
    {
        var actor = new ConcernActor(viewer.Role, viewer.Key);
        try
        {
            switch (request.Verb)
            {
                case EscalationVerbs.Acknowledge:
                    concern.Acknowledge(actor, now);
                    await notices.StatusChangedAsync(db, concern, now, ct);
                    break;
                case EscalationVerbs.Ask:
                    if (Text(request, Inputs.Question, "esc.input.question", Concern.MaxTextLength) is { } askProblem)
                        return askProblem;
                    concern.RequestInformation(request.Input(Inputs.Question)!, actor, now);
                    await notices.QuestionAsync(db, concern, request.Input(Inputs.Question)!, viewer.Role, now, ct);
                    return await Done(db, concern, now, notices.AskedKey(concern), [], ct);
                case EscalationVerbs.Escalate:
                    if (Concern.NextTier(concern.Tier) is not { } next)
                        return Applied.Refused("esc.msg.topTier");
                    if (Text(request, Inputs.EscalateReason, "esc.input.escalateReason", Concern.MaxTextLength) is { } escalateProblem)
                        return escalateProblem;
                    concern.Escalate(next, request.Input(Inputs.EscalateReason)!, actor, now);
                    await assignment.AssignAsync(concern, now, ct);
                    await notices.StatusChangedAsync(db, concern, now, ct);
                    return await Done(db, concern, now, "esc.msg.Escalated", [("tier", next.ToString())], ct);
                case EscalationVerbs.Refer:
                    if ((Text(request, Inputs.ReferTo, "esc.input.referTo", 200) ?? Text(request, Inputs.ReferReason, "esc.input.referReason", Concern.MaxTextLength)) is { } referProblem)
                        return referProblem;
                    concern.Refer(request.Input(Inputs.ReferTo)!, request.Input(Inputs.ReferReason)!, actor, now);
                    await notices.StatusChangedAsync(db, concern, now, ct);
                    break;
                case EscalationVerbs.Close:
                    if (!Enum.TryParse<CloseOutcome>(request.Input(Inputs.CloseOutcome), out var outcome) || !Enum.IsDefined(outcome) || !request.Input(Inputs.CloseOutcome)!.All(char.IsAsciiLetter))
                        return Applied.Refused("esc.msg.missing", ("field", "esc.input.closeOutcome"));
                    if (Text(request, Inputs.CloseReason, "esc.input.closeReason", Concern.MaxTextLength) is { } closeProblem)
                        return closeProblem;
                    if (!concern.Close(outcome, request.Input(Inputs.CloseReason)!, actor, now))
                        return await Done(db, concern, now, "esc.msg.CloseRequested", [], ct);
                    await notices.StatusChangedAsync(db, concern, now, ct);
                    break;
                case EscalationVerbs.ConfirmClose:
                    concern.ConfirmClose(actor, now);
                    await notices.StatusChangedAsync(db, concern, now, ct);
                    break;
                case EscalationVerbs.RecordDecision:
                    if (concern.Tier < EscalationTier.B3)
                        return Applied.Refused("esc.msg.invalidState", ("status", "esc.status." + concern.Status));
                    if (Text(request, Inputs.DecisionNote, "esc.input.decisionNote", Concern.MaxTextLength) is { } noteProblem)
                        return noteProblem;
                    concern.RecordDecision(request.Input(Inputs.DecisionNote)!, actor, now);
                    break;
                case EscalationVerbs.Reassign:
                    var colleague = request.Input(Inputs.ReassignTo) is { } colleagueKey ? await assignment.ColleagueAsync(concern, colleagueKey, ct) : null;
                    if (colleague is null || colleague.Key == viewer.Key)
                        return Applied.Refused("esc.msg.noColleague");
                    concern.Reassign(actor, colleague, now);
                    break;
                case EscalationVerbs.DeclareConflict:
                    concern.DeclareConflict(actor, await assignment.TakeoverAsync(concern, request.ActorAadObjectId!, ct), now);
                    if (!concern.Assignees.Any())
                        concern.RecordRoutingGap(now);
                    break;
                case EscalationVerbs.RevealReporter:
                    // A reveal needs a reason and an explicit confirmation, both recorded; a forged click without them is refused.
                    if (Text(request, Inputs.RevealReason, "esc.input.revealReason", Concern.MaxRevealReason) is { } revealProblem)
                        return revealProblem;
                    if (request.Input(Inputs.RevealConfirm) != "true")
                        return Applied.Refused("esc.msg.revealUnconfirmed");
                    return await RevealAsync(db, concern, viewer, request.Input(Inputs.RevealReason)!, now, ct);
            }
        }
        catch (SecondFocalPointException)
        {
            return Applied.Refused("esc.msg.sameCloser");
        }
        catch (ConcernTransitionException)
        {
            return Applied.Refused("esc.msg.invalidState", ("status", "esc.status." + concern.Status));
        }
        return await Done(db, concern, now, "esc.msg." + concern.Events[^1].Kind, [("tier", concern.Tier.ToString())], ct);
    }

    private async Task<Applied> Done(RufaDbContext db, Concern concern, DateTimeOffset now, string key, (string, string)[] values, CancellationToken ct)
    {
        await copies.EnqueueAsync(db, concern, now, ct);
        return new Applied(key, values, true);
    }

    private static Applied? Text(CardActionRequest request, string id, string label, int max) => request.Input(id) switch
    {
        null => Applied.Refused("esc.msg.missing", ("field", label)),
        { Length: var length } when length > max => Applied.Refused("esc.msg.tooLong", ("field", label), ("max", max.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        _ => null,
    };

    private async Task<Applied> RevealAsync(RufaDbContext db, Concern concern, CardViewer viewer, string reason, DateTimeOffset now, CancellationToken ct)
    {
        var allowed = IdentityAccess.MaySee(concern.Consent, viewer.Role);
        var link = allowed ? await db.ReporterLinks.AsNoTracking().FirstOrDefaultAsync(l => l.ConcernId == concern.Id, ct) : null;
        concern.RecordIdentityRequest(new ConcernActor(viewer.Role, viewer.Key), revealed: link is not null, now, reason);
        if (link is null)
        {
            Concerns.Log.IdentityWithheld(logger, concern.Id, viewer.Role, concern.Consent);
            return new Applied("esc.card.reporterWithheld", [], true);
        }
        Concerns.Log.IdentityRevealed(logger, concern.Id, viewer.Role);
        return new Applied(null, [], true, link.Reveal());
    }
}
