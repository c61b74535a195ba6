using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Dialogs;

namespace RufaBot.Escalation.Cards;

/// <summary>
/// The escalation card (Adaptive Card 1.5, Universal Actions). Every copy is rendered for one viewer: the content
/// follows their role (regional and headquarters tiers get a de-identified view), buttons appear only for the focal
/// points assigned at the current tier, and nothing identifies the reporter unless an entitled viewer asked for an
/// audited reveal. Every text that came from a person goes through <see cref="CardText.Escape"/>. Card data carries
/// only the concern id and the version (<see cref="Data"/>); <c>refresh</c> lists the assigned focal points so Teams
/// shows each of them their own view. A card over <see cref="MaxCardBytes"/> is rendered again with shorter texts and a
/// shorter trail (<see cref="CardDetail"/>) so that it fits Teams' message size. A tier channel's copy is de-identified
/// whatever the tier (<see cref="RenderChannel"/>).
/// </summary>
internal sealed partial class EscalationCard(FlowCatalog catalog)
{
    /// <summary>Teams shows user-specific views to at most 60 users; beyond that each focal point relies on their 1:1 copy.</summary>
    public const int MaxRefreshUsers = 60;

    /// <summary>
    /// Teams' 28 KB message limit, counted in UTF-16, two bytes a character of the card's JSON as sent
    /// (<see cref="CardJson.WireSize"/>), so the activity around it has room.
    /// </summary>
    public const int MaxCardBytes = 28 * 1024;

    public JsonObject Render(EscalationCardInput input, string? locale, IReadOnlyList<string>? refreshAadObjectIds = null)
    {
        var t = new EscalationTexts(catalog, locale, input.Zone);
        if (input.Viewer.IsChannel)
            return RenderChannel(input, t, refreshAadObjectIds ?? []);
        JsonObject card = null!;
        foreach (var detail in CardDetail.Levels)
        {
            card = Render(input, t, detail, refreshAadObjectIds ?? []);
            if (CardJson.WireSize(card) <= MaxCardBytes)
                break;
        }
        return card;
    }

    private static JsonObject Render(EscalationCardInput input, EscalationTexts t, CardDetail detail, IReadOnlyList<string> refreshAadObjectIds)
    {
        var concern = input.Concern;
        if (input.Viewer.IsOutsider)
            return NoAccess(t, input.Message, input.Tone);
        var body = new JsonArray();
        if (input.Message is not null)
            body.Add(Message(input.Message, input.Tone));
        body.Add(AdaptiveCard.TextBlock(t.Fill("esc.card.title", ("reference", concern.Reference)), bold: true, size: "Medium"));

        body.Add(AdaptiveCard.TextBlock(t.Fill("esc.card.state", ("status", t.Status(concern.Status)), ("level", t.Level(concern.Tier))), subtle: true));
        body.Add(Facts(input, t));
        AddContent(body, input, t, detail);
        AddDecisions(body, concern, t, detail);
        AddHistory(body, input, t, detail);
        if (detail.IsShortened)
            body.Add(AdaptiveCard.TextBlock(t["esc.card.shortened"], subtle: true, size: "Small"));
        var actions = input.Viewer.Assigned ? Actions(input, t) : [];
        if (!input.Viewer.Assigned)
            body.Add(AdaptiveCard.TextBlock(t["esc.card.readOnly"], subtle: true, size: "Small"));
        if (actions.Count > 0)
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. Menu(actions, t)]) });

        var card = AdaptiveCard.Create(body);
        card["refresh"] = Refresh(concern, refreshAadObjectIds);
        return card;
    }

    /// <summary>The chat list's and the notification's line for a card: reference, severity, status; never content.</summary>
    public string Preview(Concern concern, string? locale)
    {
        var t = new EscalationTexts(catalog, locale);
        return t.Fill("esc.card.preview", ("reference", concern.Reference), ("severity", t.Severity(concern.Severity)), ("status", t.Status(concern.Status)));
    }

    /// <summary>
    /// The card for someone with no part in a concern (or one that does not exist): not even the reference, so that it
    /// is the same for every concern id. <paramref name="message"/> is for someone who has just declared a conflict.
    /// </summary>
    public static JsonObject NoAccess(EscalationTexts t, string? message = null, CardMessageTone tone = CardMessageTone.Neutral)
    {
        var body = new JsonArray();
        if (message is not null)
            body.Add(Message(message, tone));
        body.Add(AdaptiveCard.TextBlock(t["esc.card.noAccess"]));
        return AdaptiveCard.Create(body);
    }

    /// <summary>
    /// What a message key of a card action means: "esc.msg.{event}" names what was done (an Acknowledged, an
    /// Escalated, …); every other key says why nothing was done, or what the viewer may not see.
    /// </summary>
    public static CardMessageTone ToneOf(string key) =>
        key.StartsWith(MessagePrefix, StringComparison.Ordinal) && Enum.TryParse<ConcernEventKind>(key[MessagePrefix.Length..], out var kind) && Enum.IsDefined(kind)
            ? CardMessageTone.Success
            : CardMessageTone.Warning;

    private const string MessagePrefix = "esc.msg.";

    private static JsonObject Message(string text, CardMessageTone tone) => AdaptiveCard.TextBlock(text, bold: true, color: tone switch
    {
        CardMessageTone.Success => "Good",
        CardMessageTone.Warning => "Attention",
        _ => null,
    });

    /// <summary>The only data on the card's actions: which concern, at which version. Teams adds the inputs.</summary>
    public static JsonObject Data(Concern concern) => new()
    {
        ["rufa"] = EscalationVerbs.Marker,
        ["concern"] = concern.Id.ToString("D"),
        ["version"] = concern.Version,
    };

    /// <summary>The Teams user MRI of an Entra user, the form <c>refresh.userIds</c> takes.</summary>
    public static string UserMri(string aadObjectId) => "8:orgid:" + aadObjectId;

    private static JsonObject Refresh(Concern concern, IReadOnlyList<string> aadObjectIds) => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = EscalationVerbs.Refresh, ["data"] = Data(concern) },
        // Over the limit an empty list turns automatic refresh off; each focal point then acts from their own copy.
        ["userIds"] = aadObjectIds.Count > MaxRefreshUsers ? new JsonArray() : new JsonArray([.. aadObjectIds.Select(id => (JsonNode)UserMri(id))]),
    };

    private static JsonObject Facts(EscalationCardInput input, EscalationTexts t)
    {
        var c = input.Concern;
        var place = input.Viewer.SeesContent && c.Place is { } p ? $"{t.Country(c.CountryCode)} · {CardText.Escape(p)}" : t.Country(c.CountryCode);
        var facts = new JsonArray
        {
            Fact(t["esc.card.severity"], t.Severity(c.Severity)),
            Fact(t["esc.card.categories"], c.Categories.Count == 0 ? t["esc.card.unknown"] : string.Join(", ", c.Categories.Select(x => t.Answer("categories", x)))),
            Fact(t["esc.card.where"], place),
            Fact(t["esc.card.when"], When(c, input.Viewer, t)),
            Fact(t["esc.card.submitted"], t.Fill("esc.card.submittedValue", ("at", t.Format.DateTime(c.CreatedAt)), ("ago", t.Format.Ago(c.CreatedAt, input.Now)))),
            Fact(t["esc.card.sla"], input.SlaDueAt is { } due ? t.Due(due, input.Now) : t["esc.card.slaNone"]),
            Fact(t["esc.card.corroboration"], c.Corroboration is { } co ? t.Answer("corroboration", co) : t["esc.card.unknown"]),
            Fact(t["esc.card.consent"], t["esc.consent." + c.Consent]),
            Fact(t["esc.card.assigned"], Assigned(c, t)),
        };
        // Whether the sources agree governs what may be done with the information: shown to those who see the content.
        if (input.Viewer.SeesContent && c.SourceConsent is { } consent)
            facts.Insert(7, Fact(t["esc.card.sourceConsent"], t["esc.sourceConsent." + consent]));
        return new JsonObject { ["type"] = "FactSet", ["facts"] = facts };
    }

    // A de-identified view gives the month only: an exact date and a place together can point to a source.
    private static string When(Concern c, CardViewer viewer, EscalationTexts t) => c.When is not { } date
        ? t["esc.card.unknown"]
        : viewer.SeesContent ? t.Format.Date(date) + (c.WhenApproximate ? " ~" : "") : t.Format.MonthYear(date);

    private static string Assigned(Concern c, EscalationTexts t)
    {
        var people = c.Assignees.Select(p => CardText.Escape(p.DisplayName)).ToList();
        return people.Count == 0 ? t["esc.card.assignedNone"] : $"{string.Join(", ", people)} ({t.Role(c.AssignedRole ?? ConcernRole.System)})";
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static bool IsUnPersonnel(Concern c) => c.Perpetrators == Perpetrator.UnPersonnel;
}
