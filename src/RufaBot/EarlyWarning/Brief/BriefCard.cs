using System.Globalization;
using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;
using RufaBot.Dialogs;
using RufaBot.Escalation.Cards;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// The brief in Teams: the headline figures, each breakdown (at most <see cref="Shown"/> lines, the rest in the file),
/// the open B3 items and the quarter's patterns, the chart and the download links. Every count goes through
/// <see cref="SmallCounts"/>; nothing of a narrative, a place or a person.
/// </summary>
internal sealed class BriefCard(FlowCatalog catalog, SmallCounts small)
{
    private const int Shown = 8;

    public JsonObject Render(BriefFigures f, BriefDownloads downloads, string? locale)
    {
        var t = new EscalationTexts(catalog, locale);
        var body = new JsonArray
        {
            AdaptiveCard.TextBlock(Title(f, locale), bold: true, size: "Medium"),
            AdaptiveCard.TextBlock(t.Fill("ew.brief.period", ("from", t.Format.Date(f.Quarter.Start)), ("to", t.Format.Date(f.Quarter.End.AddDays(-1))),
                ("n", small.Threshold.ToString(CultureInfo.InvariantCulture))), subtle: true, size: "Small"),
            FactSet(
                (t["ew.brief.total"], small.Format(f.Total, t)),
                (t["ew.brief.change"], Change(f, t)),
                (t["ew.brief.acknowledged"], Timing(f.Acknowledge, t)),
                (t["ew.brief.decided"], Timing(f.Decide, t)),
                (t["ew.brief.missedSla"], small.Format(f.MissedSla, t))),
        };
        if (downloads.Chart is { } chart)
            body.Add(new JsonObject { ["type"] = "Image", ["url"] = chart.ToString(), ["altText"] = t["ew.brief.chartAlt"], ["size"] = "Stretch" });
        Section(body, t["ew.brief.byCountry"], f.ByCountry, t, key => t.Country(key));
        Section(body, t["ew.brief.byCategory"], f.ByCategory, t, key => Enum.TryParse<ConcernCategory>(key, out var c) ? t.Answer("categories", c) : key);
        Section(body, t["ew.brief.byRiskFactor"], f.ByRiskFactor, t, key => key);
        Section(body, t["ew.brief.bySeverity"], f.BySeverity, t, key => Enum.TryParse<Severity>(key, out var s) ? t.Severity(s) : key);
        Section(body, t["ew.brief.byTier"], f.ByTier, t, key => Enum.TryParse<EscalationTier>(key, out var tier) ? t.Level(tier) : key);
        Section(body, t["ew.brief.byStatus"], f.ByStatus, t, key => Enum.TryParse<ConcernStatus>(key, out var s) ? t.Status(s) : key);

        body.Add(AdaptiveCard.TextBlock(t["ew.brief.openB3"], bold: true));
        body.Add(AdaptiveCard.TextBlock(f.OpenB3.Count == 0 ? t["ew.none"] : string.Join("\n\n", f.OpenB3.Take(Shown).Select(i => t.Fill("ew.brief.openLine",
            ("reference", i.Reference), ("country", t.Country(i.CountryCode)), ("severity", t.Severity(i.Severity)), ("status", t.Status(i.Status)),
            ("decision", i.LastDecision is { } kind ? $"{t["esc.decision." + kind]} ({t.Format.Date(DateOnly.FromDateTime(i.LastDecisionAt!.Value.UtcDateTime))})" : t["ew.none"])))),
            size: "Small"));
        body.Add(AdaptiveCard.TextBlock(t["ew.brief.patterns"], bold: true));
        body.Add(AdaptiveCard.TextBlock(f.Patterns.Count == 0 ? t["ew.none"] : string.Join("\n\n", f.Patterns.Take(Shown).Select(p => t.Fill("ew.brief.patternLine",
            ("country", t.Country(p.CountryCode)), ("rule", t["ew.brief.rule." + p.Rule]), ("count", small.Format(p.Concerns, t)),
            ("date", t.Format.Date(DateOnly.FromDateTime(p.AlertedAt.UtcDateTime)))))), size: "Small"));

        var actions = new JsonArray();
        if (downloads.Csv is { } csv)
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t["ew.brief.downloadCsv"], ["url"] = csv.ToString() });
        if (downloads.Xlsx is { } xlsx)
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = t["ew.brief.downloadXlsx"], ["url"] = xlsx.ToString() });
        body.Add(AdaptiveCard.TextBlock(actions.Count > 0 ? t.Fill("ew.brief.linksExpire", ("span", t.Format.Span(downloads.Lifetime))) : t["ew.brief.noLinks"],
            subtle: true, size: "Small"));
        return AdaptiveCard.Create(body, actions);
    }

    public string Title(BriefFigures f, string? locale) =>
        new EscalationTexts(catalog, locale).Fill("ew.brief.title", ("region", f.Region), ("quarter", f.Quarter.ToString()));

    private string Change(BriefFigures f, EscalationTexts t) => small.IsSuppressed(f.Total) || small.IsSuppressed(f.PreviousTotal)
        ? t.Fill("ew.brief.changeSuppressed", ("previous", small.Format(f.PreviousTotal, t)))
        : t.Fill("ew.brief.changeValue", ("change", f.Change.ToString("+0;-0;0", CultureInfo.InvariantCulture)), ("previous", t.Format.Number(f.PreviousTotal)),
            ("quarter", f.Quarter.Previous.ToString()));

    private string Timing(BriefTiming timing, EscalationTexts t) => t.Fill("ew.brief.timing",
        ("within", small.Format(timing.WithinSla, t)), ("taken", small.Format(timing.Taken, t)),
        ("median", timing.MedianHours is { } hours && !small.IsSuppressed(timing.Taken) ? hours.ToString("0.0", CultureInfo.InvariantCulture) : "–"));

    private void Section(JsonArray body, string title, IReadOnlyList<BriefCount> counts, EscalationTexts t, Func<string, string> label)
    {
        body.Add(AdaptiveCard.TextBlock(title, bold: true));
        if (counts.Count == 0)
        {
            body.Add(AdaptiveCard.TextBlock(t["ew.none"], subtle: true, size: "Small"));
            return;
        }
        var facts = counts.Take(Shown).Select(c => (label(c.Key), small.Format(c.Count, t))).ToList();
        if (counts.Count > Shown)
            facts.Add((t["ew.brief.more"], t.Format.Number(counts.Count - Shown)));
        body.Add(FactSet([.. facts]));
    }

    private static JsonObject FactSet(params (string Title, string Value)[] facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };
}

/// <summary>The signed links of one brief (null when no public address is configured) and how long they last.</summary>
internal sealed record BriefDownloads(Uri? Csv, Uri? Xlsx, Uri? Chart, TimeSpan Lifetime);
