using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Files;
using RufaBot.Concerns.Views;
using RufaBot.Dialogs;
using RufaBot.EarlyWarning.CheckIns;
using static RufaBot.Web.DoorHtml;

namespace RufaBot.Web;

/// <summary>
/// <c>{Path}/follow-up</c>: with the reference and the passphrase, the concern's status in plain words, the focal
/// points' question and the person's own additions, and a box to answer or add information and files (checked by
/// <see cref="FileCheck"/>, within <see cref="WebDoorOptions"/>' limits; a refused file adds nothing and keeps the text). The same
/// <see cref="ConcernService.FollowUpAsync"/> as the Teams follow-up; wrong passphrases count against the reference
/// (<see cref="FollowUpThrottle"/>). Every refusal reads the same, whether or not the reference exists. A check-in against
/// retaliation that is due is asked on the page (FollowUpPages.CheckIn.cs).
/// </summary>
internal static partial class FollowUpPages
{
    private const string ReferenceField = "reference", PassphraseField = "passphrase", TextField = "information";

    public static IResult Show(HttpRequest request, FlowCatalog catalog, IOptions<WebDoorOptions> options) =>
        Ask(DoorText.For(request, catalog), options.Value.Path, null, null);

    public static async Task<IResult> PostAsync(HttpRequest request, FlowCatalog catalog, IOptions<WebDoorOptions> options, ConcernService concerns,
        FollowUpThrottle throttle, FollowUpCheckIns checkIns, ILogger<FollowUpThrottle> logger)
    {
        var t = DoorText.For(request, catalog);
        var o = options.Value;
        var path = o.Path;
        var ct = request.HttpContext.RequestAborted;
        var post = await DoorUpload.ReadAsync(request, o, ct);
        if (post.TooLarge)
        {
            Log.UploadTooLarge(logger);
            return Ask(t, path, null, t.Fill("web.files.bodyTooLarge", ("size", Megabytes(o.MaxPostBytes))), StatusCodes.Status413PayloadTooLarge);
        }
        var (given, passphrase, text) = (post[ReferenceField].Trim(), post[PassphraseField], post[TextField].Trim());
        if (given.Length == 0 || passphrase.Length == 0)
            return Ask(t, path, given, t["web.followUp.missing"]);
        if (!ConcernReference.TryNormalize(given, out var reference))
            return Ask(t, path, given, t["web.followUp.refused"]);
        if (await throttle.LockedForAsync(reference, ct) is { } locked)
            return Locked(t, path, given, locked);
        if (text.Length > Concern.MaxTextLength)
            return Ask(t, path, given, t.Fill("web.followUp.tooLong", ("length", Invariant(text.Length)), ("max", Invariant(Concern.MaxTextLength))));

        var (files, problems) = Check(post, t, o);
        ReporterConcernView? view;
        var closed = false;
        try
        {
            // A refused file adds nothing, not even the text: the person fixes the files and sends both together.
            view = problems.Count > 0
                ? await concerns.FollowUpAsync(reference, passphrase, null, ct)
                : await concerns.FollowUpAsync(reference, passphrase, text.Length > 0 ? text : null, ct, files, o.MaxFilesPerConcern);
        }
        catch (ConcernTransitionException)
        {
            // Closed meanwhile: show it as it is, without the addition.
            (view, closed) = (await concerns.FollowUpAsync(reference, passphrase, null, ct), true);
        }
        catch (ConcernFileLimitException limit)
        {
            problems.Add(t.Fill("web.files.tooMany", ("max", Invariant(o.MaxFilesPerConcern)), ("left", Invariant(limit.Left))));
            view = await concerns.FollowUpAsync(reference, passphrase, null, ct);
        }
        if (view is null)
            return await RefusedAsync(t, path, given, reference, throttle, logger, ct);
        var page = new FollowUpForm(path, passphrase, o) { CheckIn = await checkIns.IsDueAsync(view.Reference, ct) ? CheckInStep.Question : CheckInStep.None };
        if (problems.Count > 0)
        {
            Log.FilesRefused(logger, problems.Count);
            return ConcernPage(t, page with { Problems = problems, Kept = text }, view, null, StatusCodes.Status400BadRequest);
        }
        var note = closed ? t.Fill("myConcerns.detail.closedNote", ("reference", view.Reference))
            : files.Count > 0 ? t.Fill("web.files.added", ("count", Invariant(files.Count)))
            : text.Length > 0 ? t["web.followUp.sent"] : null;
        return ConcernPage(t, page, view, note);
    }

    /// <summary>The post's files as <see cref="FileCheck"/> finds them, and what to tell the person about those it refused.</summary>
    private static (List<CheckedFile> Files, List<string> Problems) Check(DoorUpload.Post post, DoorText t, WebDoorOptions o)
    {
        var (files, problems) = (new List<CheckedFile>(), new List<string>());
        var size = Megabytes(o.MaxFileBytes);
        for (var i = 0; i < post.Files.Count; i++)
        {
            var number = Invariant(i + 1);
            var result = post.Files[i] is { } content ? FileCheck.Check(content) : null;
            if (result is null)
                problems.Add(t.Fill("web.files.tooLarge", ("number", number), ("size", size)));
            else if (result.File is { } file)
                files.Add(file);
            else
                problems.Add(t.Fill("web.files.refused." + result.Refusal, ("number", number)));
        }
        if (post.Extra > 0)
            problems.Add(t.Fill("web.files.tooManyAtOnce", ("perPost", Invariant(o.MaxFilesPerPost))));
        return (files, problems);
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

    private static async Task<IResult> RefusedAsync(DoorText t, string path, string given, string reference, FollowUpThrottle throttle, ILogger logger,
        CancellationToken ct)
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

    private static IResult Locked(DoorText t, string path, string reference, TimeSpan lockedFor)
    {
        var minutes = Invariant((int)Math.Ceiling(lockedFor.TotalMinutes));
        return Ask(t, path, reference, t.Fill("web.followUp.locked", ("minutes", minutes)), StatusCodes.Status429TooManyRequests);
    }

    /// <summary>What the concern page's form needs besides the concern: where it posts, and what to put back after a refusal.</summary>
    private sealed record FollowUpForm(string Path, string Passphrase, WebDoorOptions Options)
    {
        public IReadOnlyList<string> Problems { get; init; } = [];

        public string Kept { get; init; } = "";

        public CheckInStep CheckIn { get; init; }
    }

    private static IResult ConcernPage(DoorText t, FollowUpForm form, ReporterConcernView view, string? note, int status = StatusCodes.Status200OK)
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
        CheckInSection(body, t, form, view);
        body.Append("<h2>").Append(Encode(t["myConcerns.detail.history"])).Append("</h2>\n<ul class=\"history\">");
        foreach (var update in view.Updates)
            body.Append("<li>").Append(Encode(t.Fill("myConcerns.event." + update.Kind, ("date", Date(update.At)), ("text", update.Text ?? "")))).Append("</li>");
        body.Append("</ul>\n");
        if (view.CanAddInformation)
            AddForm(body, t, form, view);
        body.Append(Prose(t["web.followUp.again"]));
        var title = (form.Problems.Count > 0 ? t["web.error.title"] + " " : "") + t.Fill("myConcerns.detail.title", ("reference", view.Reference));
        return Page(DoorLinks.For(form.Path, t), t.Language, title, body.ToString(), status);
    }

    // The text box and the file field in one multipart form, which works without script; problems with files are
    // listed above both and tied to the file field, and the text typed is put back.
    private static void AddForm(StringBuilder body, DoorText t, FollowUpForm form, ReporterConcernView view)
    {
        var o = form.Options;
        var label = view.PendingQuestion is null ? t.Fill("web.followUp.add", ("max", Invariant(Concern.MaxTextLength))) : t["web.followUp.answer"];
        body.Append("<form method=\"post\" action=\"").Append(Encode(form.Path + "/follow-up")).Append("\" enctype=\"multipart/form-data\" novalidate>\n")
            .Append("<input type=\"hidden\" name=\"").Append(ReferenceField).Append("\" value=\"").Append(Encode(view.Reference)).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(PassphraseField).Append("\" value=\"").Append(Encode(form.Passphrase)).Append("\">\n");
        if (form.Problems.Count > 0)
        {
            body.Append("<div class=\"error\" id=\"files-error\"><p><strong>").Append(Encode(t["web.error.title"])).Append("</strong> ")
                .Append(Encode(t["web.files.problem"])).Append("</p><ul>");
            foreach (var problem in form.Problems) body.Append("<li>").Append(Encode(problem)).Append("</li>");
            body.Append("</ul></div>\n");
        }
        body.Append("<div class=\"field\"><label for=\"information\">").Append(Encode(label)).Append("</label>")
            .Append("<textarea id=\"information\" name=\"").Append(TextField).Append("\" rows=\"6\" maxlength=\"").Append(Invariant(Concern.MaxTextLength))
            .Append("\">").Append(Encode(form.Kept)).Append("</textarea></div>\n");
        body.Append("<div class=\"field\">");
        if (view.Files >= o.MaxFilesPerConcern)
        {
            body.Append(Prose(t.Fill("web.files.full", ("max", Invariant(o.MaxFilesPerConcern))), "help"));
        }
        else
        {
            var aria = form.Problems.Count > 0 ? "files-help files-error\" aria-invalid=\"true" : "files-help";
            body.Append("<label for=\"files\">").Append(Encode(t["web.files.label"])).Append("</label>")
                .Append("<p class=\"help\" id=\"files-help\">").Append(Encode(t.Fill("web.files.help", ("size", Megabytes(o.MaxFileBytes)),
                    ("perPost", Invariant(o.MaxFilesPerPost))))).Append(' ')
                .Append(Encode(t.Fill("web.files.count", ("count", Invariant(view.Files)), ("max", Invariant(o.MaxFilesPerConcern))))).Append("</p>")
                .Append("<input type=\"file\" id=\"files\" name=\"").Append(DoorUpload.FilesField)
                .Append("\" multiple accept=\"image/jpeg,image/png,application/pdf,text/plain\" aria-describedby=\"").Append(aria).Append("\">");
        }
        body.Append("</div>\n<div class=\"actions\"><button type=\"submit\" class=\"primary\">").Append(Encode(t["web.followUp.send"]))
            .Append("</button></div>\n</form>\n");
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
