using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Dialogs;
using RufaBot.Escalation.Cards;

namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// The links RufaBot found for one new concern, one section each ("HR-… is possibly related to HR-…"): the two
/// references, the score and what they share (country, categories, risk factors), never a narrative, a place or a
/// name; with Confirm and Dismiss while a link is only suggested. One card per concern and focal point, not one per
/// link: when many staff report one event, a focal point gets one card for each new report.
/// </summary>
internal sealed class RelationCard(FlowCatalog catalog)
{
    public const string Marker = "relation";
    public const string Confirm = "confirm";
    public const string Dismiss = "dismiss";

    public JsonObject Render(Concern concern, IReadOnlyList<(ConcernRelation Relation, Concern Other)> links, string? locale, string? message = null)
    {
        var t = new EscalationTexts(catalog, locale);
        var body = new JsonArray();
        if (message is not null)
            body.Add(AdaptiveCard.TextBlock(message, bold: true, color: "Good"));
        for (var i = 0; i < links.Count; i++)
            body.Add(Section(t, concern, links[i].Relation, links[i].Other, separated: i > 0 || message is not null));
        return AdaptiveCard.Create(body);
    }

    public string Preview(Concern concern, IReadOnlyList<(ConcernRelation Relation, Concern Other)> links, string? locale) =>
        new EscalationTexts(catalog, locale).Fill("ew.relation.title", ("reference", concern.Reference), ("other", links[0].Other.Reference));

    private static JsonObject Section(EscalationTexts t, Concern a, ConcernRelation relation, Concern b, bool separated)
    {
        var items = new JsonArray
        {
            AdaptiveCard.TextBlock(t.Fill("ew.relation.title", ("reference", a.Reference), ("other", b.Reference)), bold: true, size: "Medium"),
        };
        var shared = a.Categories.Intersect(b.Categories).Select(c => t.Answer("categories", c)).ToList();
        var factors = a.RiskFactors.Intersect(b.RiskFactors).Select(f => f.ToString()).ToList();
        items.Add(new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray(
                Fact(t["ew.relation.score"], t.Fill("ew.relation.scoreValue", ("percent", t.Format.Number((long)Math.Round(relation.Score * 100))))),
                Fact(t["ew.relation.country"], t.Country(a.CountryCode)),
                Fact(t["ew.relation.categories"], shared.Count == 0 ? t["ew.none"] : string.Join(", ", shared)),
                Fact(t["ew.relation.riskFactors"], factors.Count == 0 ? t["ew.none"] : string.Join(", ", factors)),
                Fact(t["ew.relation.state"], t["ew.relation.state." + relation.State])),
        });
        if (relation.State == RelationState.Suggested)
        {
            items.Add(AdaptiveCard.TextBlock(t["ew.relation.ask"], subtle: true, size: "Small"));
            items.Add(new JsonObject
            {
                ["type"] = "ActionSet",
                ["actions"] = new JsonArray(
                    AdaptiveCard.Submit(t["ew.relation.confirm"], Data(relation, Confirm), validateInputs: false, primary: true),
                    AdaptiveCard.Submit(t["ew.relation.dismiss"], Data(relation, Dismiss), validateInputs: false)),
            });
        }
        var section = new JsonObject { ["type"] = "Container", ["items"] = items };
        if (separated)
            section["separator"] = true;
        return section;
    }

    private static JsonObject Data(ConcernRelation relation, string decision) =>
        new() { ["rufa"] = Marker, ["concern"] = relation.ConcernId.ToString("D"), ["related"] = relation.RelatedConcernId.ToString("D"), ["decision"] = decision };

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
