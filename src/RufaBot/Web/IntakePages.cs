using System.Text;
using Microsoft.Extensions.Options;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Input;
using static RufaBot.Web.DoorHtml;

namespace RufaBot.Web;

/// <summary>
/// The intake pages: the first page (what the door is, the way to stay safer), then one form per question, posted
/// back to the same address with the draft in its hidden field, and at the end the receipt. A form decodes into the
/// engine's own input: the field of each input by name, several values of one name comma-joined, or a way-out button.
/// </summary>
internal static class IntakePages
{
    public static IResult Landing(HttpRequest request, FlowCatalog catalog, IOptions<WebDoorOptions> options)
    {
        var t = DoorText.For(request, catalog);
        var path = options.Value.Path;
        var body = new StringBuilder()
            .Append("<h1>").Append(Encode(t["web.title"])).Append("</h1>\n")
            .Append(Prose(t["web.intro"]))
            .Append("<p><a href=\"").Append(Encode(path + "/safer")).Append("\">").Append(Encode(t["web.safer.link"])).Append("</a></p>\n")
            .Append("<form method=\"post\" action=\"").Append(Encode(path + "/start")).Append("\"><div class=\"actions\"><button type=\"submit\" class=\"primary\">")
            .Append(Encode(t["web.start"])).Append("</button></div></form>\n")
            .Append("<p><a href=\"").Append(Encode(path + "/follow-up")).Append("\">").Append(Encode(t["web.followUp.link"])).Append("</a></p>\n");
        return Page(DoorLinks.For(path, t), t.Language, t["web.title"], body.ToString());
    }

    public static async Task<IResult> StartAsync(HttpRequest request, DoorIntake intake, FlowCatalog catalog, IOptions<WebDoorOptions> options, TimeProvider time)
    {
        var t = DoorText.For(request, catalog);
        return Render(await intake.StartAsync(t, request.HttpContext.RequestAborted), t, options.Value.Path, time);
    }

    public static async Task<IResult> ContinueAsync(HttpRequest request, DoorIntake intake, FlowCatalog catalog, IOptions<WebDoorOptions> options, TimeProvider time)
    {
        var t = DoorText.For(request, catalog);
        var path = options.Value.Path;
        var form = request.HasFormContentType ? await request.ReadFormAsync(request.HttpContext.RequestAborted) : FormCollection.Empty;
        var step = await intake.ContinueAsync(form[PromptForm.StateField].ToString(), InputOf(form), t, request.HttpContext.RequestAborted);
        return step is null ? Expired(t, path) : Render(step, t, path, time);
    }

    /// <summary>A way-out button (Back, Skip, Cancel) is a command; anything else is the form's fields.</summary>
    internal static UserInput InputOf(IFormCollection form)
    {
        if (Enum.TryParse<FlowCommand>(form[PromptForm.CommandField].ToString(), out var command) && Enum.IsDefined(command))
            return UserInput.FromCommand(command);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            if (name is PromptForm.StateField or PromptForm.CommandField) continue;
            fields[name] = string.Join(',', values.Where(v => !string.IsNullOrEmpty(v)));
        }
        return UserInput.FromFields(fields);
    }

    private static IResult Render(DoorIntake.Step step, DoorText t, string path, TimeProvider time)
    {
        var links = DoorLinks.For(path, t);
        var body = new StringBuilder();
        if (step.Receipt is { } receipt)
            return Page(links, t.Language, t["web.receipt.title"], Receipt(receipt, step, t, path));
        if (step.Prompt is { } prompt)
        {
            body.Append("<h1>").Append(Encode(t["web.title"])).Append("</h1>\n");
            foreach (var note in step.Notes) body.Append("<div class=\"note\">").Append(Prose(note)).Append("</div>\n");
            body.Append(PromptForm.Render(prompt, step.Token!, path, t, time.GetUtcNow()));
            var title = (prompt.Error is null ? "" : t["web.error.title"] + " ") + prompt.Text;
            return Page(links, t.Language, title, body.ToString());
        }
        if (step.Paused || step.Resubmit is not null)
        {
            foreach (var note in step.Notes) body.Append("<div class=\"note\">").Append(Prose(note)).Append("</div>\n");
            body.Append("<form method=\"post\" action=\"").Append(Encode(path)).Append("\">")
                .Append("<input type=\"hidden\" name=\"").Append(PromptForm.StateField).Append("\" value=\"").Append(Encode(step.Token ?? step.Resubmit)).Append("\">");
            if (step.ResubmitStep is { } summary)
                body.Append("<input type=\"hidden\" name=\"").Append(Encode(summary)).Append("\" value=\"").Append(FlowRunner.SubmitValue).Append("\">");
            body.Append("<div class=\"actions\"><button type=\"submit\" class=\"primary\">")
                .Append(Encode(t[step.Resubmit is null ? "web.continue" : "engine.action.submit"])).Append("</button></div></form>\n");
            return Page(links, t.Language, t["web.title"], body.ToString(), step.Resubmit is null ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }
        // Cancelled, expired or outdated: what the engine said, and the way to start again.
        body.Append("<h1>").Append(Encode(t["web.title"])).Append("</h1>\n");
        foreach (var note in step.Notes) body.Append(Prose(note));
        if (step.Status == FlowStatus.Cancelled) body.Append(Prose(t["web.stopped"]));
        body.Append("<p><a href=\"").Append(Encode(path)).Append("\">").Append(Encode(t["web.startAgain"])).Append("</a></p>\n");
        return Page(links, t.Language, t["web.title"], body.ToString());
    }

    private static string Receipt(Concerns.ConcernService.Submitted receipt, DoorIntake.Step step, DoorText t, string path)
    {
        var body = new StringBuilder().Append("<h1>").Append(Encode(t["web.receipt.title"])).Append("</h1>\n");
        foreach (var note in step.Notes) body.Append(Prose(note));
        body.Append(Prose(t[receipt.Routed ? "web.receipt.routed" : "web.receipt.noRoute"]))
            .Append("<dl class=\"receipt\"><div><dt>").Append(Encode(t["web.receipt.reference"])).Append("</dt><dd><code id=\"reference\">")
            .Append(Encode(receipt.Reference)).Append("</code></dd></div><div><dt>").Append(Encode(t["web.receipt.passphrase"]))
            .Append("</dt><dd><code id=\"passphrase\">").Append(Encode(receipt.Passphrase)).Append("</code></dd></div></dl>\n")
            .Append("<div class=\"keep\">").Append(Prose(t["web.receipt.keep"])).Append("</div>\n")
            .Append(Prose(t["web.receipt.next"]))
            .Append("<p><a href=\"").Append(Encode(path + "/follow-up")).Append("\">").Append(Encode(t["web.followUp.title"])).Append("</a></p>\n")
            .Append(Prose(t["web.receipt.close"]));
        return body.ToString();
    }

    public static IResult Expired(DoorText t, string path)
    {
        var body = new StringBuilder().Append("<h1>").Append(Encode(t["web.title"])).Append("</h1>\n").Append(Prose(t["web.expired"]))
            .Append("<p><a href=\"").Append(Encode(path)).Append("\">").Append(Encode(t["web.startAgain"])).Append("</a></p>\n");
        return Page(DoorLinks.For(path, t), t.Language, t["web.title"], body.ToString(), StatusCodes.Status400BadRequest);
    }

    public static IResult Safer(HttpRequest request, FlowCatalog catalog, IOptions<WebDoorOptions> options)
    {
        var t = DoorText.For(request, catalog);
        var path = options.Value.Path;
        var body = new StringBuilder().Append("<h1>").Append(Encode(t["web.safer.title"])).Append("</h1>\n").Append(Prose(t["web.safer.body"]))
            .Append("<p><a href=\"").Append(Encode(path)).Append("\">").Append(Encode(t["web.back"])).Append("</a></p>\n");
        return Page(DoorLinks.For(path, t), t.Language, t["web.safer.title"], body.ToString());
    }
}
