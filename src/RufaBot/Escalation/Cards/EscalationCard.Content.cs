using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;

namespace RufaBot.Escalation.Cards;

internal sealed partial class EscalationCard
{
    // Notes focal points wrote for the ladder; every other note (questions, the reporter's words) is content.
    private static readonly ConcernEventKind[] LadderNotes =
        [ConcernEventKind.Escalated, ConcernEventKind.Referred, ConcernEventKind.Closed, ConcernEventKind.CloseRequested, ConcernEventKind.DecisionRecorded,
        ConcernEventKind.RelationConfirmed];

    private static readonly ConcernEventKind[] Hidden =
        [ConcernEventKind.Viewed, ConcernEventKind.FileDownloaded, ConcernEventKind.IdentityRevealed, ConcernEventKind.IdentityWithheld, ConcernEventKind.OutsiderRefused,
        ConcernEventKind.RelationDismissed, ConcernEventKind.CheckInAnswered, ConcernEventKind.Reviewed];

    private static void AddContent(JsonArray body, EscalationCardInput input, EscalationTexts t, CardDetail detail)
    {
        var c = input.Concern;
        if (IsUnPersonnel(c))
            body.Add(AdaptiveCard.TextBlock(t["esc.card.misconduct"], color: "Warning"));
        if (c.Implicated is Concerns.Intake.ImplicatedParty.FocalPoint or Concerns.Intake.ImplicatedParty.CountryTeam)
            body.Add(AdaptiveCard.TextBlock(t["esc.card.implicated." + c.Implicated], color: "Warning"));
        if (c.PendingClose is { } pending)
            body.Add(AdaptiveCard.TextBlock(t.Fill("esc.card.pendingClose", ("role", t.Role(pending.ActorRole)),
                ("outcome", pending.Outcome is { } o ? t["esc.outcome." + o] : "")), color: "Warning"));

        body.Add(AdaptiveCard.TextBlock(t["esc.card.summary"], bold: true));
        if (!input.Viewer.SeesContent)
        {
            body.Add(AdaptiveCard.TextBlock(t["esc.card.deidentified"], subtle: true, size: "Small"));
            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = Profile(c, t) });
            return;
        }
        body.Add(AdaptiveCard.TextBlock(CardText.Escape(CardDetail.Cut(c.Description, detail.LongText))));
        body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = Profile(c, t) });
        if (c.Attachments.Count > 0)
            body.Add(AdaptiveCard.TextBlock(t.Fill("esc.card.attachments", ("count", t.Format.Number(c.Attachments.Count))), subtle: true, size: "Small"));
        if (c.FileCount > 0 && c.PurgedAt is null)
            body.Add(AdaptiveCard.TextBlock(t.Fill("esc.card.files", ("count", t.Format.Number(c.FileCount))), subtle: true, size: "Small"));
        foreach (var added in c.Events.Where(e => e.Kind == ConcernEventKind.InformationAdded && e.Note is not null).TakeLast(detail.AddedShown))
        {
            body.Add(AdaptiveCard.TextBlock($"{t["esc.card.added"]} ({t.Format.DateTime(added.At)})", bold: true, size: "Small"));
            body.Add(AdaptiveCard.TextBlock(CardText.Escape(CardDetail.Cut(added.Note!, detail.LongText))));
        }
        if (input.Reporter is { } reporter)
            body.Add(AdaptiveCard.TextBlock(t.Fill("esc.card.reporter", ("name", CardText.Escape(reporter.DisplayName ?? t["esc.card.unknown"]))), color: "Accent"));
    }

    // The situation without the reporter's words: safe for every tier.
    private static JsonArray Profile(Concern c, EscalationTexts t) =>
    [
        Fact(t["esc.card.affected"], t.Answer("affectedCount", c.AffectedCount)
            + (c.Groups.Count > 0 ? " · " + string.Join(", ", c.Groups.Select(g => t.Answer("groups", g))) : "")),
        Fact(t["esc.card.perpetrators"], t.Answer("perpetrators", c.Perpetrators)),
        Fact(t["esc.card.source"], c.Source is { } s ? t.Answer("source", s) : t["esc.card.unknown"]),
    ];

    private static void AddDecisions(JsonArray body, Concern c, EscalationTexts t, CardDetail detail)
    {
        if (c.Decisions.Count == 0)
            return;
        body.Add(AdaptiveCard.TextBlock(t["esc.card.decisions"], bold: true));
        foreach (var d in c.Decisions.TakeLast(detail.DecisionsShown))
        {
            var kind = t["esc.decision." + d.Kind] + (d.Outcome is { } o ? $" ({t["esc.outcome." + o]})" : "")
                + (d.Target is { } target ? $" → {CardText.Escape(target)}" : "");
            body.Add(AdaptiveCard.TextBlock(t.Fill("esc.card.decision", ("kind", kind), ("level", t.Level(d.Tier)),
                ("role", t.Role(d.ActorRole)), ("at", t.Format.DateTime(d.At)), ("reason", CardText.Escape(CardDetail.Cut(d.Reason, detail.LongText)))), size: "Small"));
        }
    }

    private static void AddHistory(JsonArray body, EscalationCardInput input, EscalationTexts t, CardDetail detail)
    {
        var steps = input.Concern.Events.Where(e => !Hidden.Contains(e.Kind)).TakeLast(detail.HistoryLines).ToList();
        var lines = new List<string>();
        foreach (var e in steps)
        {
            var line = t.Fill("esc.history.line", ("at", t.Format.DateTime(e.At)), ("event", t["esc.event." + e.Kind]), ("role", t.Role(e.ActorRole)));
            var noteShown = e.Note is not null && (LadderNotes.Contains(e.Kind)
                || (input.Viewer.SeesContent && e.Kind == ConcernEventKind.InformationRequested));
            lines.Add(noteShown ? $"{line}: {CardText.Escape(CardDetail.Cut(e.Note!, detail.NoteText))}" : line);
        }
        var container = new JsonObject
        {
            ["type"] = "Container",
            ["items"] = new JsonArray(
                AdaptiveCard.TextBlock(t["esc.card.history"], bold: true),
                AdaptiveCard.TextBlock(string.Join("\n\n", lines), size: "Small", subtle: true)),
        };
        body.Add(container);
    }
}
