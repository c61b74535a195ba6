using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;

namespace RufaBot.Escalation.Cards;

/// <summary>
/// The copy in a tier's Teams channel. Every member of the channel can read it, and Teams keeps it in the channel's
/// history, so it carries only what the reporter was told a channel sees: the reference, severity, categories, country
/// and when action is due. Never the narrative, place, dates, people, files, the reporter, reasons or notes. The
/// assigned focal points get the full card over it through <c>refresh.userIds</c> (their own view). Once the concern
/// has left the channel's tier, the card says so as a past fact and lists nobody for refresh.
/// </summary>
internal sealed partial class EscalationCard
{
    private static JsonObject RenderChannel(EscalationCardInput input, EscalationTexts t, IReadOnlyList<string> refreshAadObjectIds)
    {
        var concern = input.Concern;
        var tier = input.Viewer.ChannelTier!.Value;
        var current = tier == concern.Tier;
        var body = new JsonArray();
        if (input.Message is not null)
            body.Add(Message(input.Message, input.Tone));
        body.Add(AdaptiveCard.TextBlock(t.Fill("esc.card.title", ("reference", concern.Reference)), bold: true, size: "Medium"));
        body.Add(current
            ? AdaptiveCard.TextBlock(t.Fill("esc.card.state", ("status", t.Status(concern.Status)), ("level", t.Level(tier))), subtle: true)
            : AdaptiveCard.TextBlock(MovedOn(concern, tier, t), bold: true));
        var categories = concern.Categories.Select(x => t.Answer("categories", x)).ToList();
        var facts = new JsonArray
        {
            Fact(t["esc.card.severity"], t.Severity(concern.Severity)),
            Fact(t["esc.card.categories"], categories.Count == 0 ? t["esc.card.unknown"] : string.Join(", ", categories)),
            Fact(t["esc.card.country"], t.Country(concern.CountryCode)),
        };
        if (current)
            facts.Add(Fact(t["esc.card.sla"], input.SlaDueAt is { } due ? t.Due(due, input.Now) : t["esc.card.slaNone"]));
        body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        body.Add(AdaptiveCard.TextBlock(t[current ? "esc.channel.private" : "esc.channel.privateEarlier"], subtle: true, size: "Small"));

        var card = AdaptiveCard.Create(body);
        card["refresh"] = Refresh(concern, current ? refreshAadObjectIds : []);
        return card;
    }

    // The trail's escalation note starts "B1 -> B2: " (written by Concern.Escalate); only that prefix is read, never the reason.
    private static string MovedOn(Concern concern, EscalationTier from, EscalationTexts t)
    {
        var prefix = from + " -> ";
        foreach (var e in concern.Events.Where(e => e.Kind == ConcernEventKind.Escalated && e.Note?.StartsWith(prefix, StringComparison.Ordinal) == true))
        {
            var target = e.Note![prefix.Length..].Split(':')[0];
            if (Enum.TryParse<EscalationTier>(target, out var to) && Enum.IsDefined(to))
                return t.Fill("esc.channel.movedOn", ("level", t.Level(to)), ("fromLevel", t.Level(from)), ("at", t.Format.DateTime(e.At)));
        }
        return t.Fill("esc.channel.movedOnUntimed", ("level", t.Level(concern.Tier)), ("fromLevel", t.Level(from)));
    }
}
