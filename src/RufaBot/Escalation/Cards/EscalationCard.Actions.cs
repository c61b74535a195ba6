using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using static RufaBot.Concerns.ConcernStatus;
using Inputs = RufaBot.Escalation.Cards.EscalationVerbs.Inputs;

namespace RufaBot.Escalation.Cards;

/// <summary>
/// The buttons of an assigned focal point, offered only where the concern's status allows them (the server checks
/// again on every click). Actions that need words open a small form under the card (<c>Action.ShowCard</c>).
/// </summary>
internal sealed partial class EscalationCard
{
    private static List<JsonNode> Actions(EscalationCardInput input, EscalationTexts t)
    {
        var c = input.Concern;
        var actions = new List<JsonNode>();
        if (c.Status == Closed)
            return actions;
        if (c.Status is Submitted or Escalated)
            actions.Add(Execute(t["esc.action.acknowledge"], EscalationVerbs.Acknowledge, c, primary: true));
        if (c.Status is Acknowledged or InformationRequested)
            actions.Add(Form(t["esc.action.ask"], c, t["esc.action.askSend"], EscalationVerbs.Ask, TextInput(Inputs.Question, t["esc.input.question"], true)));
        if (Concern.NextTier(c.Tier) is { } next && c.Status is Submitted or Acknowledged or InformationRequested or Escalated)
            actions.Add(Form(t.Fill("esc.action.escalate", ("tier", next.ToString())), c, t["esc.action.escalateSend"], EscalationVerbs.Escalate,
                TextInput(Inputs.EscalateReason, t["esc.input.escalateReason"], true)));
        if (c.Status is Acknowledged or InformationRequested or Escalated)
            actions.Add(Form(t["esc.action.refer"], c, t["esc.action.referSend"], EscalationVerbs.Refer,
                TextInput(Inputs.ReferTo, t["esc.input.referTo"], false, 200), TextInput(Inputs.ReferReason, t["esc.input.referReason"], true)));
        if (c.PendingClose is { } pending)
        {
            if (pending.ActorKey != input.Viewer.Key)
                actions.Add(Execute(t["esc.action.confirmClose"], EscalationVerbs.ConfirmClose, c));
        }
        else
        {
            actions.Add(Form(t["esc.action.close"], c, t["esc.action.closeSend"], EscalationVerbs.Close, Outcomes(t), TextInput(Inputs.CloseReason, t["esc.input.closeReason"], true)));
        }
        if (c.Tier >= EscalationTier.B3)
            actions.Add(Form(t["esc.action.decision"], c, t["esc.action.decisionSend"], EscalationVerbs.RecordDecision, TextInput(Inputs.DecisionNote, t["esc.input.decisionNote"], true)));
        if (input.Colleagues is { Count: > 0 } colleagues)
            actions.Add(Form(t["esc.action.reassign"], c, t["esc.action.reassignSend"], EscalationVerbs.Reassign, Colleagues(colleagues, t)));
        actions.Add(Form(t["esc.action.conflict"], c, t["esc.action.conflictSend"], EscalationVerbs.DeclareConflict, AdaptiveCard.TextBlock(t["esc.conflict.explain"])));
        if (input.Reporter is null && IdentityAccess.MaySee(c.Consent, input.Viewer.Role))
            actions.Add(Execute(t["esc.action.reveal"], EscalationVerbs.RevealReporter, c));
        return actions;
    }

    private static JsonObject Execute(string title, string verb, Concern concern, bool primary = false)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = Data(concern) };
        if (primary)
            action["style"] = "positive";
        return action;
    }

    private static JsonObject Form(string title, Concern concern, string submit, string verb, params JsonObject[] items) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray([.. items]),
            ["actions"] = new JsonArray(Execute(submit, verb, concern, primary: true)),
        },
    };

    private static JsonObject TextInput(string id, string label, bool multiline, int maxLength = Concern.MaxTextLength) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["isMultiline"] = multiline,
        ["isRequired"] = true,
        ["maxLength"] = maxLength,
        ["errorMessage"] = label,
    };

    private static JsonObject Outcomes(EscalationTexts t) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = Inputs.CloseOutcome,
        ["label"] = t["esc.input.closeOutcome"],
        ["isRequired"] = true,
        ["errorMessage"] = t["esc.input.closeOutcome"],
        ["style"] = "expanded",
        ["choices"] = AdaptiveCard.Choices(Enum.GetValues<CloseOutcome>().Select(o => (o.ToString(), t["esc.outcome." + o]))),
    };

    private static JsonObject Colleagues(IReadOnlyList<CardColleague> colleagues, EscalationTexts t) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = Inputs.ReassignTo,
        ["label"] = t["esc.input.reassignTo"],
        ["isRequired"] = true,
        ["errorMessage"] = t["esc.input.reassignTo"],
        ["choices"] = AdaptiveCard.Choices(colleagues.Select(c => (c.Key, CardText.Escape(c.DisplayName)))),
    };
}
