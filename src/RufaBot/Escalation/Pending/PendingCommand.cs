using System.Text.Json;
using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Dialogs;
using RufaBot.Escalation.Actions;
using RufaBot.Escalation.Cards;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.Escalation.Pending;

/// <summary>
/// "pending" in a personal chat: the concerns waiting for this focal point, soonest due first, each with a button that
/// opens its card here (an audited read, like a card refresh). The list shows references and enums only.
/// </summary>
internal sealed class PendingCommand(PendingList list, CardActionService desk, EscalationCard cards, FlowCatalog catalog, TimeProvider time) : IChatCommand
{
    public const string OpenMarker = "openConcern";
    private const int Shown = 10;

    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var open = OpenRequest(activity);
        if (open is null && !catalog.IsWord("esc.words.pending", turn.Text, activity.Locale))
            return null;
        var t = new EscalationTexts(catalog, activity.Locale, ClientTimeZone.Of(activity));
        // A card opened here would be a message every member of the channel or group chat reads.
        if (CardActionRequest.IsShared(activity))
            return [Replies.Text(t["esc.pending.personalOnly"])];
        if (activity.From?.AadObjectId is not { Length: > 0 } aad)
            return [Replies.Text(t["esc.pending.none"])];
        try
        {
            return open is { } id ? [await OpenAsync(id, activity, t, cancellationToken)] : [await ListAsync(aad, t, time.GetUtcNow(), cancellationToken)];
        }
        catch (ConcernStorageUnavailableException)
        {
            return [Replies.Text(t["esc.pending.unavailable"])];
        }
    }

    private async Task<Activity> ListAsync(string aad, EscalationTexts t, DateTimeOffset now, CancellationToken ct)
    {
        var pending = await list.ListAsync(aad, ct);
        if (pending.Count == 0)
            return Replies.Text(t["esc.pending.none"]);
        var title = t.Fill("esc.pending.title", ("count", t.Format.Number(pending.Count)));
        var body = new JsonArray { AdaptiveCard.TextBlock(title, bold: true) };
        foreach (var p in pending.Take(Shown))
        {
            var line = t.Fill("esc.pending.line", ("reference", p.Reference), ("severity", t.Severity(p.Severity)), ("level", t.Level(p.Tier)),
                ("status", t.Status(p.Status)), ("due", p.DueAt is { } due ? t.Due(due, now) : t["esc.pending.noDue"]));
            var button = AdaptiveCard.Submit(t.Fill("esc.pending.open", ("reference", p.Reference)),
                new JsonObject { ["rufa"] = OpenMarker, ["concern"] = p.Id.ToString("D") }, validateInputs: false);
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["items"] = new JsonArray(AdaptiveCard.TextBlock(line), new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(button) }),
            });
        }
        if (pending.Count > Shown)
            body.Add(AdaptiveCard.TextBlock(t.Fill("esc.pending.more", ("count", t.Format.Number(pending.Count - Shown))), subtle: true));
        var reply = Replies.Card(AdaptiveCard.Create(body));
        reply.Summary = title;
        return reply;
    }

    private async Task<Activity> OpenAsync(Guid id, Activity activity, EscalationTexts t, CancellationToken ct)
    {
        var request = new CardActionRequest(id, EscalationVerbs.Refresh, null, new Dictionary<string, string>(), activity.From?.AadObjectId, activity.Conversation?.Id);
        var outcome = await desk.ActOnCardAsync(request, ct);
        // The same words whether the concern does not exist or is not this person's.
        if (outcome.Concern is null)
            return Replies.Text(t["esc.card.noAccess"]);
        var input = new EscalationCardInput(outcome.Concern, outcome.Viewer, outcome.Now, outcome.SlaDueAt, Colleagues: outcome.Colleagues, Zone: ClientTimeZone.Of(activity));
        var refresh = outcome.Viewer.Assigned ? [activity.From!.AadObjectId!] : Array.Empty<string>();
        var reply = Replies.Card(cards.Render(input, activity.Locale, refresh));
        reply.Summary = cards.Preview(outcome.Concern, activity.Locale);
        return reply;
    }

    private static Guid? OpenRequest(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value
        && value.TryGetProperty("rufa", out var marker) && marker.ValueKind == JsonValueKind.String && marker.GetString() == OpenMarker
        && value.TryGetProperty("concern", out var c) && c.ValueKind == JsonValueKind.String && Guid.TryParse(c.GetString(), out var id)
            ? id : null;
}
