using System.Text.Json.Nodes;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;

namespace RufaBot.MyConcerns;

/// <summary>
/// The Adaptive Cards of "my concerns" (Teams): the list with an Open button per concern, and one concern with its
/// timeline and an "Add information" box. Buttons carry a verb and a reference only (<see cref="MyConcernsRequest"/>);
/// every user-written text goes through <see cref="CardText.Escape"/>. The reporter's narrative is not shown: the view
/// is about where the concern stands, and a card in a chat can be read over a shoulder.
/// </summary>
internal sealed class MyConcernsCards(MyConcernsWording wording)
{
    // Longest added text or question a timeline step repeats; the record keeps the full text.
    private const int StepTextLimit = 300;

    // Most recent steps shown; a long-running concern keeps the card well under Teams' size limit.
    private const int MaxSteps = 20;

    public JsonObject List(IReadOnlyList<ConcernSummary> concerns, string? locale)
    {
        var body = new JsonArray { AdaptiveCard.TextBlock(wording.Text("myConcerns.title", locale), bold: true, size: "Medium") };
        if (concerns.Count == 0)
        {
            body.Add(AdaptiveCard.TextBlock(wording.Text("myConcerns.none", locale)));
            return AdaptiveCard.Create(body);
        }
        body.Add(AdaptiveCard.TextBlock(wording.Text("myConcerns.intro", locale), subtle: true));
        foreach (var concern in concerns)
            body.Add(Row(concern, locale));
        return AdaptiveCard.Create(body);
    }

    /// <summary>
    /// One concern. A refused text comes back in the box as <paramref name="draft"/>; when the card would then be too
    /// big for Teams, the timeline is left out, and when even that is too big the box stays empty and
    /// <paramref name="draftTooBig"/> says where the text still is (the box of the card the user pressed).
    /// </summary>
    public JsonObject Detail(ReporterConcernView view, string? locale, string? error = null, string? draft = null, string? draftTooBig = null)
    {
        var card = Build(view, locale, error, draft, timeline: true);
        if (draft is null || SummaryCard.SizeOf(card) <= SummaryCard.MaxBytes)
            return card;
        card = Build(view, locale, error, draft, timeline: false);
        return SummaryCard.SizeOf(card) <= SummaryCard.MaxBytes ? card : Build(view, locale, draftTooBig ?? error, null, timeline: false);
    }

    private JsonObject Build(ReporterConcernView view, string? locale, string? error, string? draft, bool timeline)
    {
        var body = new JsonArray();
        if (error is not null)
            body.Add(AdaptiveCard.TextBlock(error, color: "Attention"));
        body.Add(AdaptiveCard.TextBlock(wording.Text("myConcerns.detail.title", locale, ("reference", view.Reference)), bold: true, size: "Medium"));
        body.Add(new JsonObject
        {
            ["type"] = "FactSet",
            ["facts"] = new JsonArray
            {
                Fact(wording.Text("myConcerns.detail.status", locale), wording.Status(view.Status, locale)),
                Fact(wording.Text("myConcerns.detail.categories", locale), wording.Categories(view.Categories, locale)),
                Fact(wording.Text("myConcerns.detail.submitted", locale), wording.Date(view.SubmittedAt, locale)),
                Fact(wording.Text("myConcerns.detail.updated", locale), wording.Date(view.UpdatedAt, locale)),
            },
        });
        if (view.PendingQuestion is { } question)
            body.Add(AdaptiveCard.TextBlock(wording.Text("myConcerns.detail.question", locale, ("question", Safe(question))), color: "Accent"));
        if (timeline)
        {
            var history = AdaptiveCard.TextBlock(wording.Text("myConcerns.detail.history", locale), bold: true);
            history["spacing"] = "Medium";
            body.Add(history);
            foreach (var update in view.Updates.TakeLast(MaxSteps))
            {
                var step = AdaptiveCard.TextBlock(wording.Event(update, Safe(update.Text), locale));
                step["spacing"] = "Small";
                body.Add(step);
            }
        }
        body.Add(AdaptiveCard.TextBlock(wording.Text("myConcerns.detail.privacy", locale), subtle: true, size: "Small"));

        var actions = new JsonArray();
        if (view.CanAddInformation)
        {
            var input = new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = MyConcernsRequest.InputId,
                ["label"] = wording.Text("myConcerns.add.label", locale, ("max", wording.Max(locale))),
                ["placeholder"] = wording.Text("myConcerns.add.placeholder", locale),
                ["isMultiline"] = true,
            };
            // No maxLength: a client would cut a pasted text silently. The server refuses an overlong one instead and
            // gives it back in this box.
            if (draft is not null)
                input["value"] = draft;
            body.Add(input);
            actions.Add(AdaptiveCard.Submit(wording.Text("myConcerns.add.button", locale), Data(MyConcernsVerb.Add, view.Reference), primary: true));
        }
        else
        {
            body.Add(AdaptiveCard.TextBlock(wording.Text("myConcerns.detail.closedNote", locale, ("reference", view.Reference)), color: "Warning"));
        }
        actions.Add(ListButton(locale));
        if (view.CanCutLink)
        {
            var forget = AdaptiveCard.Submit(wording.Text("myConcerns.forget.button", locale), Data(MyConcernsVerb.Forget, view.Reference), validateInputs: false);
            forget["mode"] = "secondary";
            actions.Add(forget);
        }
        return AdaptiveCard.Create(body, actions);
    }

    /// <summary>What cutting the link means, before it is done: it cannot be undone.</summary>
    public JsonObject ConfirmForget(ReporterConcernView view, string? locale)
    {
        var cut = AdaptiveCard.Submit(wording.Text("myConcerns.forget.confirm", locale), Data(MyConcernsVerb.ForgetConfirmed, view.Reference), validateInputs: false);
        cut["style"] = "destructive";
        var keep = AdaptiveCard.Submit(wording.Text("myConcerns.forget.keep", locale), Data(MyConcernsVerb.Open, view.Reference), validateInputs: false);
        return AdaptiveCard.Create(
            [
                AdaptiveCard.TextBlock(wording.Text("myConcerns.forget.title", locale, ("reference", view.Reference)), bold: true, size: "Medium"),
                AdaptiveCard.TextBlock(wording.Text("myConcerns.forget.explain", locale, ("reference", view.Reference))),
            ],
            [keep, cut]);
    }

    /// <summary>After the cut: the passphrase, shown once, which is now the only way back to the concern.</summary>
    public JsonObject Forgotten(string reference, string passphrase, string? locale)
    {
        var shown = AdaptiveCard.TextBlock(wording.Text("myConcerns.submitted.passphrase", locale, ("passphrase", passphrase)), bold: true);
        shown["fontType"] = "Monospace";
        return AdaptiveCard.Create(
            [
                AdaptiveCard.TextBlock(wording.Text("myConcerns.forget.doneTitle", locale, ("reference", reference)), bold: true, size: "Medium", color: "Good"),
                shown,
                AdaptiveCard.TextBlock(wording.Text("myConcerns.forget.doneNext", locale, ("reference", reference))),
            ],
            [FollowUpButton(locale)]);
    }

    /// <summary>
    /// What replaces the summary card once the concern is stored: the reference and what happens next, no details. An
    /// unlinked report's card shows its passphrase, once, and offers the follow-up form instead of "my concerns".
    /// </summary>
    public JsonObject Submitted(ConcernService.Submitted stored, string? locale)
    {
        var unlinked = stored.Passphrase is not null;
        var next = (stored.Routed ? "myConcerns.submitted.next" : "myConcerns.submitted.noRoute") + (unlinked ? ".unlinked" : "");
        JsonArray body =
        [
            AdaptiveCard.TextBlock(wording.Text("myConcerns.submitted.title", locale), bold: true, size: "Medium", color: "Good"),
            AdaptiveCard.TextBlock(wording.Text("myConcerns.submitted.reference", locale, ("reference", stored.Reference)), bold: true),
        ];
        if (stored.Passphrase is { } passphrase)
        {
            var shown = AdaptiveCard.TextBlock(wording.Text("myConcerns.submitted.passphrase", locale, ("passphrase", passphrase)), bold: true);
            shown["fontType"] = "Monospace";
            body.Add(shown);
        }
        body.Add(AdaptiveCard.TextBlock(wording.Text(next, locale), color: stored.Routed ? null : "Attention"));
        body.Add(AdaptiveCard.TextBlock(wording.Text(unlinked ? "myConcerns.submitted.more.unlinked" : "myConcerns.submitted.more", locale), subtle: true));
        return AdaptiveCard.Create(body, [unlinked ? FollowUpButton(locale) : ListButton(locale)]);
    }

    /// <summary>Opens the form where an unlinked concern is followed up by its reference and passphrase.</summary>
    public JsonObject FollowUpButton(string? locale) =>
        AdaptiveCard.Submit(wording.Text("followUp.open", locale), new JsonObject { ["rufa"] = FollowUpRequest.Kind }, validateInputs: false);

    public JsonObject ListButton(string? locale) =>
        AdaptiveCard.Submit(wording.Text("myConcerns.list", locale), Data(MyConcernsVerb.List, null), validateInputs: false);

    private JsonObject Row(ConcernSummary concern, string? locale)
    {
        var details = AdaptiveCard.TextBlock(wording.Status(concern.Status, locale));
        details["spacing"] = "None";
        var updated = AdaptiveCard.TextBlock(wording.Text("myConcerns.lastUpdate", locale, ("updated", wording.Date(concern.UpdatedAt, locale))), subtle: true, size: "Small");
        updated["spacing"] = "None";
        var open = AdaptiveCard.Submit(wording.Text("myConcerns.open", locale), Data(MyConcernsVerb.Open, concern.Reference), validateInputs: false);
        open["tooltip"] = $"{wording.Text("myConcerns.open", locale)}: {concern.Reference}";
        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["separator"] = true,
            ["columns"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Column",
                    ["width"] = "stretch",
                    ["items"] = new JsonArray { AdaptiveCard.TextBlock(concern.Reference, bold: true), details, updated },
                },
                new JsonObject
                {
                    ["type"] = "Column",
                    ["width"] = "auto",
                    ["verticalContentAlignment"] = "Center",
                    ["items"] = new JsonArray { new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray { open } } },
                },
            },
        };
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static string Safe(string? text) => CardText.Escape(SummaryCard.Shorten(text ?? "", StepTextLimit));

    private static JsonObject Data(MyConcernsVerb verb, string? reference)
    {
        var data = new JsonObject { ["rufa"] = MyConcernsRequest.Kind, ["verb"] = verb.ToString().ToLowerInvariant() };
        if (reference is not null)
            data["reference"] = reference;
        return data;
    }
}
