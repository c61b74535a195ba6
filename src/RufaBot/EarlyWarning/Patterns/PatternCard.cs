using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.EarlyWarning.Brief;
using RufaBot.Escalation.Cards;

namespace RufaBot.EarlyWarning.Patterns;

/// <summary>
/// The de-identified pattern card: the country, the rule crossed, how many concerns, their categories and risk
/// factors, the time span (dates only), and the references this recipient already holds and so may open. No
/// narrative, place or name, and small counts as "fewer than 3".
/// </summary>
internal sealed class PatternCard(FlowCatalog catalog, SmallCounts small)
{
    public JsonObject Render(DetectedPattern pattern, IReadOnlyList<string> openableReferences, string? locale)
    {
        var t = new EscalationTexts(catalog, locale);
        var categories = pattern.Categories.Select(c => $"{t.Answer("categories", c.Category)} ({small.Format(c.Count, t)})").ToList();
        var body = new JsonArray
        {
            AdaptiveCard.TextBlock(Preview(pattern, locale), bold: true, size: "Medium", color: "Attention"),
            AdaptiveCard.TextBlock(t["ew.pattern.rule." + pattern.Rule]),
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray(
                    Fact(t["ew.pattern.concerns"], small.Format(pattern.Concerns.Count, t)),
                    Fact(t["ew.pattern.categories"], categories.Count == 0 ? t["ew.none"] : string.Join(", ", categories)),
                    Fact(t["ew.pattern.riskFactors"], pattern.RiskFactors.Count == 0 ? t["ew.none"] : string.Join(", ", pattern.RiskFactors)),
                    Fact(t["ew.pattern.span"], t.Fill("ew.pattern.spanValue", ("from", t.Format.Date(DateOnly.FromDateTime(pattern.From.UtcDateTime))),
                        ("to", t.Format.Date(DateOnly.FromDateTime(pattern.To.UtcDateTime))))),
                    Fact(t["ew.pattern.references"], openableReferences.Count == 0 ? t["ew.pattern.referencesNone"] : string.Join(", ", openableReferences))),
            },
            AdaptiveCard.TextBlock(t["ew.pattern.footer"], subtle: true, size: "Small"),
        };
        return AdaptiveCard.Create(body);
    }

    public string Preview(DetectedPattern pattern, string? locale)
    {
        var t = new EscalationTexts(catalog, locale);
        return t.Fill("ew.pattern.title", ("country", t.Country(pattern.CountryCode)));
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
