using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;
using RufaBot.Dialogs;
using static RufaBot.Web.DoorHtml;

namespace RufaBot.Web;

/// <summary>
/// <c>{Path}/follow-up</c>: with the reference and the passphrase, the concern's status in plain words, the focal
/// points' question and the person's own additions, and a box to answer or add information. The same
/// <see cref="ConcernService.FollowUpAsync"/> as the Teams follow-up; wrong passphrases count against the reference
/// (<see cref="FollowUpThrottle"/>). Every refusal reads the same, whether or not the reference exists.
/// </summary>
internal static class FollowUpPages
{
    private const string ReferenceField = "reference", PassphraseField = "passphrase", TextField = "information";

    public static IResult Show(HttpRequest request, FlowCatalog catalog, IOptions<WebDoorOptions> options) =>
        Ask(DoorText.For(request, catalog), options.Value.Path, null, null);

    public static async Task<IResult> PostAsync(HttpRequest request, FlowCatalog catalog, IOptions<WebDoorOptions> options, ConcernService concerns,
        FollowUpThrottle throttle, ILogger<FollowUpThrottle> logger)
    {
        var t = DoorText.For(request, catalog);
        var path = options.Value.Path;
        var ct = request.HttpContext.RequestAborted;
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : FormCollection.Empty;
        var (given, passphrase, text) = (form[ReferenceField].ToString().Trim(), form[PassphraseField].ToString(), form[TextField].ToString().Trim());
        if (given.Length == 0 || passphrase.Length == 0)
            return Ask(t, path, given, t["web.followUp.missing"]);
        if (!ConcernReference.TryNormalize(given, out var reference))
            return Ask(t, path, given, t["web.followUp.refused"]);
        if (await throttle.LockedForAsync(reference, ct) is { } locked)
            return Locked(t, path, given, locked);
        if (text.Length > Concern.MaxTextLength)
            return Ask(t, path, given, t.Fill("web.followUp.tooLong", ("length", Invariant(text.Length)), ("max", Invariant(Concern.MaxTextLength))));

        ReporterConcernView? view;
        var closed = false;
        try
        {
            view = await concerns.FollowUpAsync(reference, passphrase, text.Length > 0 ? text : null, ct);
        }
        catch (ConcernTransitionException)
        {
            // Closed meanwhile: show it as it is, without the addition.
            (view, closed) = (await concerns.FollowUpAsync(reference, passphrase, null, ct), true);
        }
        if (view is null)
        {
            var (failures, lockedNow) = await throttle.FailedAsync(reference, ct);
            Log.FollowUpRefused(logger, failures);
            if (lockedNow is { } lockedFor)
            {
                Log.FollowUpLocked(logger);
                return Locked(t, path, given, lockedFor);
            }
            return Ask(t, path, given, t["web.followUp.refused"]);
        }
        var note = closed ? t.Fill("myConcerns.detail.closedNote", ("reference", view.Reference)) : text.Length > 0 ? t["web.followUp.sent"] : null;
        return ConcernPage(t, path, view, passphrase, note);
    }

    private static IResult Ask(DoorText t, string path, string? reference, string? error, int status = StatusCodes.Status400BadRequest)
    {
        var body = new StringBuilder().Append("<h1>").Append(Encode(t["web.followUp.title"])).Append("</h1>\n").Append(Prose(t["web.followUp.intro"]));
        if (error is not null)
            body.Append("<p class=\"error\" id=\"follow-up-error\"><strong>").Append(Encode(t["web.error.title"])).Append("</strong> ").Append(Encode(error)).Append("</p>\n");
        var aria = error is null ? "" : " aria-describedby=\"follow-up-error\" aria-invalid=\"true\"";
        body.Append("<form method=\"post\" action=\"").Append(Encode(path + "/follow-up")).Append("\" novalidate>\n")
            .Append("<div class=\"field\"><label for=\"reference\">").Append(Encode(t["followUp.reference"])).Append("</label>")
            .Append("<input type=\"text\" id=\"reference\" name=\"").Append(ReferenceField).Append("\" autocomplete=\"off\" spellcheck=\"false\" required value=\"")
            .Append(Encode(reference)).Append('"').Append(aria).Append("></div>\n")
            .Append("<div class=\"field\"><label for=\"passphrase\">").Append(Encode(t["followUp.passphrase"])).Append("</label>")
            .Append("<input type=\"password\" id=\"passphrase\" name=\"").Append(PassphraseField).Append("\" autocomplete=\"off\" spellcheck=\"false\" required")
            .Append(aria).Append("></div>\n")
            .Append("<div class=\"actions\"><button type=\"submit\" class=\"primary\">").Append(Encode(t["web.followUp.open"])).Append("</button></div>\n</form>\n");
        return Page(DoorLinks.For(path, t), t.Language, (error is null ? "" : t["web.error.title"] + " ") + t["web.followUp.title"], body.ToString(),
            error is null ? StatusCodes.Status200OK : status);
    }

    private static IResult Locked(DoorText t, string path, string reference, TimeSpan lockedFor)
    {
        var minutes = Invariant((int)Math.Ceiling(lockedFor.TotalMinutes));
        return Ask(t, path, reference, t.Fill("web.followUp.locked", ("minutes", minutes)), StatusCodes.Status429TooManyRequests);
    }

    private static IResult ConcernPage(DoorText t, string path, ReporterConcernView view, string passphrase, string? note)
    {
        var format = new Cards.ReaderFormat(t.Catalog, t.Language);
        string Date(DateTimeOffset at) => format.Date(DateOnly.FromDateTime(at.UtcDateTime));
        var body = new StringBuilder().Append("<h1>").Append(Encode(t.Fill("myConcerns.detail.title", ("reference", view.Reference)))).Append("</h1>\n");
        if (note is not null) body.Append("<div class=\"note\" role=\"status\">").Append(Prose(note)).Append("</div>\n");
        body.Append("<dl class=\"receipt\"><div><dt>").Append(Encode(t["myConcerns.detail.status"])).Append("</dt><dd>")
            .Append(Encode(t["myConcerns.status." + view.Status])).Append("</dd></div><div><dt>").Append(Encode(t["myConcerns.detail.submitted"]))
            .Append("</dt><dd>").Append(Encode(Date(view.SubmittedAt))).Append("</dd></div></dl>\n");
        if (view.PendingQuestion is { } question)
            body.Append("<div class=\"question-box\">").Append(Prose(t.Fill("myConcerns.detail.question", ("question", question)))).Append("</div>\n");
        body.Append("<h2>").Append(Encode(t["myConcerns.detail.history"])).Append("</h2>\n<ul class=\"history\">");
        foreach (var update in view.Updates)
            body.Append("<li>").Append(Encode(t.Fill("myConcerns.event." + update.Kind, ("date", Date(update.At)), ("text", update.Text ?? "")))).Append("</li>");
        body.Append("</ul>\n");
        if (view.CanAddInformation)
        {
            var label = view.PendingQuestion is null ? t.Fill("web.followUp.add", ("max", Invariant(Concern.MaxTextLength))) : t["web.followUp.answer"];
            body.Append("<form method=\"post\" action=\"").Append(Encode(path + "/follow-up")).Append("\" novalidate>\n")
                .Append("<input type=\"hidden\" name=\"").Append(ReferenceField).Append("\" value=\"").Append(Encode(view.Reference)).Append("\">")
                .Append("<input type=\"hidden\" name=\"").Append(PassphraseField).Append("\" value=\"").Append(Encode(passphrase)).Append("\">\n")
                .Append("<div class=\"field\"><label for=\"information\">").Append(Encode(label)).Append("</label>")
                .Append("<textarea id=\"information\" name=\"").Append(TextField).Append("\" rows=\"6\" maxlength=\"").Append(Invariant(Concern.MaxTextLength))
                .Append("\"></textarea></div>\n<div class=\"actions\"><button type=\"submit\" class=\"primary\">").Append(Encode(t["web.followUp.send"]))
                .Append("</button></div>\n</form>\n");
        }
        body.Append(Prose(t["web.followUp.again"]));
        return Page(DoorLinks.For(path, t), t.Language, t.Fill("myConcerns.detail.title", ("reference", view.Reference)), body.ToString());
    }

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
