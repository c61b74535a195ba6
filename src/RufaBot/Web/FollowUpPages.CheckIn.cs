using System.Text;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;
using RufaBot.Dialogs;
using RufaBot.EarlyWarning.CheckIns;
using static RufaBot.Web.DoorHtml;

namespace RufaBot.Web;

/// <summary>
/// The check-in against retaliation for a reporter RufaBot cannot write to: once due (<see cref="FollowUpCheckIns"/>),
/// the follow-up page asks whether anything happened at work that they think is connected, with the Teams check-in's
/// answers, in a plain form posted to <c>{Path}/follow-up/check-in</c> with the reference and passphrase, checked and
/// throttled as every follow-up post is.
/// </summary>
internal static partial class FollowUpPages
{
    private const string AnswerField = "answer";

    internal enum CheckInStep
    {
        None,
        Question,
        Consent,
    }

    public static async Task<IResult> PostCheckInAsync(HttpRequest request, FlowCatalog catalog, IOptions<WebDoorOptions> options, ConcernService concerns,
        FollowUpThrottle throttle, FollowUpCheckIns checkIns, ILogger<FollowUpThrottle> logger)
    {
        var t = DoorText.For(request, catalog);
        var o = options.Value;
        var ct = request.HttpContext.RequestAborted;
        var post = await DoorUpload.ReadAsync(request, o, ct);
        var (given, passphrase) = (post[ReferenceField].Trim(), post[PassphraseField]);
        if (post.TooLarge || given.Length == 0 || passphrase.Length == 0)
            return Ask(t, o.Path, given, t["web.followUp.missing"]);
        if (!ConcernReference.TryNormalize(given, out var reference))
            return Ask(t, o.Path, given, t["web.followUp.refused"]);
        if (await throttle.LockedForAsync(reference, ct) is { } locked)
            return Locked(t, o.Path, given, locked);
        if (await concerns.FollowUpAsync(reference, passphrase, null, ct) is not { } view)
            return await RefusedAsync(t, o.Path, given, reference, throttle, logger, ct);

        var answer = post[AnswerField];
        var page = new FollowUpForm(o.Path, passphrase, o);
        return await checkIns.AnswerAsync(view.Reference, answer, ct) switch
        {
            FollowUpCheckIns.Outcome.AskConsent => ConcernPage(t, page with { CheckIn = CheckInStep.Consent }, view, null),
            FollowUpCheckIns.Outcome.Recorded => ConcernPage(t, page, view, t.Fill(t.Variant("ew.checkin.thanks." + answer), ("reference", view.Reference))),
            // Answered meanwhile or no longer due: the page as it is now.
            _ => ConcernPage(t, page with { CheckIn = await checkIns.IsDueAsync(view.Reference, ct) ? CheckInStep.Question : CheckInStep.None }, view, null),
        };
    }

    // A titled region of its own before the history, so that a screen reader meets it by its heading; the answers are
    // submit buttons of one form, which needs no script.
    private static void CheckInSection(StringBuilder body, DoorText t, FollowUpForm form, ReporterConcernView view)
    {
        if (form.CheckIn == CheckInStep.None)
            return;
        string Fill(string key) => t.Fill(t.Variant(key), ("reference", view.Reference));
        body.Append("<section class=\"question-box\" aria-labelledby=\"check-in-title\"><h2 id=\"check-in-title\">").Append(Encode(Fill("ew.checkin.title")))
            .Append("</h2>\n");
        (string Value, string Key, bool Primary)[] answers;
        if (form.CheckIn == CheckInStep.Question)
        {
            body.Append(Prose(Fill("ew.checkin.question"))).Append(Prose(t["ew.checkin.private"], "help"));
            answers = [(CheckInCard.Yes, "ew.checkin.yes", false), (CheckInCard.No, "ew.checkin.no", true), (CheckInCard.Off, "ew.checkin.off", false)];
        }
        else
        {
            body.Append(Prose(Fill("ew.checkin.consentQuestion"))).Append(Prose(t[t.Variant("ew.checkin.consentDetail")], "help"));
            answers = [(CheckInCard.Consent, "ew.checkin.consentYes", true), (CheckInCard.NoConsent, "ew.checkin.consentNo", false)];
        }
        body.Append("<form method=\"post\" action=\"").Append(Encode(form.Path + "/follow-up/check-in")).Append("\" novalidate>\n")
            .Append("<input type=\"hidden\" name=\"").Append(ReferenceField).Append("\" value=\"").Append(Encode(view.Reference)).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(PassphraseField).Append("\" value=\"").Append(Encode(form.Passphrase)).Append("\">\n")
            .Append("<div class=\"actions\">");
        foreach (var (value, key, primary) in answers)
            body.Append("<button type=\"submit\" name=\"").Append(AnswerField).Append("\" value=\"").Append(value).Append("\" class=\"")
                .Append(primary ? "primary" : "secondary").Append("\">").Append(Encode(t[t.Variant(key)])).Append("</button>");
        body.Append("</div>\n</form>\n</section>\n");
    }
}
