using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Dialogs;
using RufaBot.Escalation.Cards;

namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// "HR-… is possibly related to HR-…": the two references, the score and what they share (country, categories, risk
/// factors), never a narrative, a place or a name; with Confirm and Dismiss while the link is only suggested.
/// </summary>
internal sealed class RelationCard(FlowCatalog catalog)
{
    public const string Marker = "relation";
    public const string Confirm = "confirm";
    public const string Dismiss = "dismiss";

    public JsonObject Render(ConcernRelation relation, Concern a, Concern b, string? locale, string? message = null)
    {
        var t = new EscalationTexts(catalog, locale);
        var body = new JsonArray();
        if (message is not null)
            body.Add(AdaptiveCard.TextBlock(message, bold: true, color: "Good"));
        body.Add(AdaptiveCard.TextBlock(t.Fill("ew.relation.title", ("reference", a.Reference), ("other", b.Reference)), bold: true, size: "Medium"));
        var shared = a.Categories.Intersect(b.Categories).Select(c => t.Answer("categories", c)).ToList();
        var factors = a.RiskFactors.Intersect(b.RiskFactors).Select(f => f.ToString()).ToList();
        body.Add(new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray(
                Fact(t["ew.relation.score"], t.Fill("ew.relation.scoreValue", ("percent", t.Format.Number((long)Math.Round(relation.Score * 100))))),
                Fact(t["ew.relation.country"], t.Country(a.CountryCode)),
                Fact(t["ew.relation.categories"], shared.Count == 0 ? t["ew.none"] : string.Join(", ", shared)),
                Fact(t["ew.relation.riskFactors"], factors.Count == 0 ? t["ew.none"] : string.Join(", ", factors)),
                Fact(t["ew.relation.state"], t["ew.relation.state." + relation.State])),
        });
        var actions = new JsonArray();
        if (relation.State == RelationState.Suggested)
        {
            body.Add(AdaptiveCard.TextBlock(t["ew.relation.ask"], subtle: true, size: "Small"));
            actions.Add(AdaptiveCard.Submit(t["ew.relation.confirm"], Data(relation, Confirm), validateInputs: false, primary: true));
            actions.Add(AdaptiveCard.Submit(t["ew.relation.dismiss"], Data(relation, Dismiss), validateInputs: false));
        }
        return AdaptiveCard.Create(body, actions);
    }

    public string Preview(Concern a, Concern b, string? locale) =>
        new EscalationTexts(catalog, locale).Fill("ew.relation.title", ("reference", a.Reference), ("other", b.Reference));

    private static JsonObject Data(ConcernRelation relation, string decision) =>
        new() { ["rufa"] = Marker, ["concern"] = relation.ConcernId.ToString("D"), ["related"] = relation.RelatedConcernId.ToString("D"), ["decision"] = decision };

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
