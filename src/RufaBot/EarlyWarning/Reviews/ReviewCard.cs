using System.Globalization;
using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Dialogs;
using RufaBot.Escalation.Cards;

namespace RufaBot.EarlyWarning.Reviews;

/// <summary>
/// The decision timeline in Teams: the concern's codes, the reporter and narrative (or "withheld"), every transition
/// with its tier, who, what and why, and the SLA of each step met or missed. Teams refuses a card over 28 KB, so the
/// card holds at most <see cref="Shown"/> transitions and shortens long texts; the files behind the signed links hold all.
/// </summary>
internal sealed class ReviewCard(FlowCatalog catalog)
{
    private const int Shown = 20, LongestNote = 240, LongestNarrative = 1200;

    public JsonObject Render(ReviewRecord r, Uri? csv, Uri? xlsx, TimeSpan lifetime, string? locale)
    {
        var t = new EscalationTexts(catalog, locale);
        var withheld = t["ew.review.withheld"];
        var body = new JsonArray
        {
            AdaptiveCard.TextBlock(t.Fill("ew.review.title", ("reference", r.Reference)), bold: true, size: "Medium"),
            AdaptiveCard.TextBlock(t["ew.review.recorded"], subtle: true, size: "Small"),
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray(
                    Fact(t["ew.review.country"], t.Country(r.CountryCode)),
                    Fact(t["ew.review.severity"], t.Severity(r.Severity)),
                    Fact(t["ew.review.level"], t.Level(r.Tier)),
                    Fact(t["ew.review.reporter"], r.Reporter ?? withheld),
                    Fact(t["ew.review.decisions"], r.Steps.Count(s => s.Kind == ConcernEventKind.DecisionRecorded).ToString(CultureInfo.InvariantCulture))),
            },
            AdaptiveCard.TextBlock(t["ew.review.narrative"], bold: true),
            AdaptiveCard.TextBlock(r.Narrative is { } narrative ? Short(narrative, LongestNarrative) : withheld, size: "Small"),
            AdaptiveCard.TextBlock(t["ew.review.steps"], bold: true),
        };
        foreach (var s in r.Steps.Take(Shown))
        {
            var who = s.Name is null ? t.Role(s.Role) : $"{t.Role(s.Role)} ({s.Name})";
            var lines = new List<string>
            {
                t.Fill("ew.review.line", ("at", t.Format.DateTime(s.At)), ("tier", s.Tier is { } tier ? t.Level(tier) : "–"), ("event", t["esc.event." + s.Kind]),
                    ("who", who)),
            };
            if (s.Why is { Length: > 0 } why)
                lines.Add(t.Fill("ew.review.why", ("why", Short(why, LongestNote))));
            if (s.Sla is { } sla)
                lines.Add(t.Fill(sla.Met ? "ew.review.slaMet" : "ew.review.slaMissed", ("milestone", t["ew.review.milestone." + sla.Milestone]),
                    ("due", t.Format.DateTime(sla.DueAt)), ("done", t.Format.DateTime(sla.DoneAt))));
            body.Add(AdaptiveCard.TextBlock(string.Join("\n\n", lines), size: "Small"));
        }
        if (r.Steps.Count > Shown)
            body.Add(AdaptiveCard.TextBlock(t.Fill("ew.review.more", ("count", (r.Steps.Count - Shown).ToString(CultureInfo.InvariantCulture))), subtle: true));

        var actions = new JsonArray();
        if (csv is not null)
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t["ew.brief.downloadCsv"], ["url"] = csv.ToString() });
        if (xlsx is not null)
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t["ew.brief.downloadXlsx"], ["url"] = xlsx.ToString() });
        body.Add(AdaptiveCard.TextBlock(actions.Count > 0 ? t.Fill("ew.review.linksExpire", ("span", t.Format.Span(lifetime)), ("reference", r.Reference))
            : t["ew.review.noLinks"], subtle: true, size: "Small"));
        return AdaptiveCard.Create(body, actions);
    }

    private static string Short(string text, int longest) => text.Length <= longest ? text : text[..longest] + "…";

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
