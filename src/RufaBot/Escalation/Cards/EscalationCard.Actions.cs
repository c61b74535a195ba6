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
            actions.Add(Execute(t["esc.action.acknowledge"], EscalationVerbs.Acknowledge, c, Positive));
        if (c.Status is Acknowledged or InformationRequested)
            actions.Add(Form(t["esc.action.ask"], c, t["esc.action.askSend"], EscalationVerbs.Ask, Positive, TextInput(Inputs.Question, t["esc.input.question"], true)));
        if (Concern.NextTier(c.Tier) is { } next && c.Status is Submitted or Acknowledged or InformationRequested or Escalated)
            actions.Add(Form(t.Fill("esc.action.escalate", ("level", t.Level(next))), c, t["esc.action.escalateSend"], EscalationVerbs.Escalate, Positive,
                TextInput(Inputs.EscalateReason, t["esc.input.escalateReason"], true)));
        if (c.Status is Acknowledged or InformationRequested or Escalated)
            actions.Add(Form(t["esc.action.refer"], c, t["esc.action.referSend"], EscalationVerbs.Refer, Positive,
                TextInput(Inputs.ReferTo, t["esc.input.referTo"], false, 200), TextInput(Inputs.ReferReason, t["esc.input.referReason"], true)));
        if (c.PendingClose is { } pending)
        {
            if (pending.ActorKey != input.Viewer.Key)
                actions.Add(Execute(t["esc.action.confirmClose"], EscalationVerbs.ConfirmClose, c));
        }
        else
        {
            actions.Add(Form(t["esc.action.close"], c, t["esc.action.closeSend"], EscalationVerbs.Close, Neutral, Outcomes(t), TextInput(Inputs.CloseReason, t["esc.input.closeReason"], true)));
        }
        if (c.Tier >= EscalationTier.B3)
            actions.Add(Form(t["esc.action.decision"], c, t["esc.action.decisionSend"], EscalationVerbs.RecordDecision, Positive, TextInput(Inputs.DecisionNote, t["esc.input.decisionNote"], true)));
        if (input.Colleagues is { Count: > 0 } colleagues)
            actions.Add(Form(t["esc.action.reassign"], c, t["esc.action.reassignSend"], EscalationVerbs.Reassign, Positive, Colleagues(colleagues, t)));
        if (c.FileCount > 0 && input.Viewer.SeesContent)
            actions.Add(Execute(t["esc.action.files"], EscalationVerbs.FileLinks, c));
        actions.Add(Form(t["esc.action.conflict"], c, t["esc.action.conflictSend"], EscalationVerbs.DeclareConflict, Destructive, AdaptiveCard.TextBlock(t["esc.conflict.explain"])));
        if (input.Reporter is null && IdentityAccess.MaySee(c.Consent, input.Viewer.Role))
            actions.Add(Form(t["esc.action.reveal"], c, t["esc.action.revealSend"], EscalationVerbs.RevealReporter, Destructive,
                AdaptiveCard.TextBlock(t["esc.reveal.explain"]), TextInput(Inputs.RevealReason, t["esc.input.revealReason"], false, Concern.MaxRevealReason),
                Toggle(Inputs.RevealConfirm, t["esc.input.revealConfirmLabel"], t["esc.input.revealConfirm"])));
        return actions;
    }

    // One button in view, the next step for this status (the first offered); the rest go in the "…" menu Teams shows
    // for secondary actions (Adaptive Cards 1.5), so the card does not end in a wall of equal buttons. A host counts
    // menu entries against its limit of actions per set (5 by default), so past it the last entry is "More actions",
    // which opens the remaining ones under the card: one menu, never two.
    private const int MaxActionsPerSet = 5;

    private static List<JsonNode> Menu(List<JsonNode> actions, EscalationTexts t)
    {
        if (actions.Count > MaxActionsPerSet)
        {
            var rest = actions[(MaxActionsPerSet - 1)..];
            actions = [.. actions[..(MaxActionsPerSet - 1)], new JsonObject
            {
                ["type"] = "Action.ShowCard",
                ["title"] = t["esc.action.more"],
                ["card"] = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(), ["actions"] = new JsonArray([.. rest]) },
            }];
        }
        for (var i = 1; i < actions.Count; i++)
            actions[i]["mode"] = "secondary";
        return actions;
    }

    // Button styles by meaning: positive for the step forward, destructive for what cannot be taken back (handing over
    // on a conflict, revealing a confidential reporter), none for the rest. Closing is a normal end, not a success.
    private const string Positive = "positive", Destructive = "destructive";
    private const string? Neutral = null;

    private static JsonObject Execute(string title, string verb, Concern concern, string? style = Neutral)
    {
        var action = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = verb, ["data"] = Data(concern) };
        if (style is not null)
            action["style"] = style;
        return action;
    }

    private static JsonObject Form(string title, Concern concern, string submit, string verb, string? style, params JsonObject[] items) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = new JsonArray([.. items]),
            ["actions"] = new JsonArray(Execute(submit, verb, concern, style)),
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

    // Required: a toggle that is required must be switched on before the card sends anything (Adaptive Cards 1.3+).
    private static JsonObject Toggle(string id, string label, string title) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["label"] = label,
        ["title"] = title,
        ["valueOn"] = "true",
        ["valueOff"] = "false",
        ["isRequired"] = true,
        ["errorMessage"] = title,
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
