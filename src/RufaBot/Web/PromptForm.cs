using System.Globalization;
using System.Text;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Messages;
using static RufaBot.Web.DoorHtml;

namespace RufaBot.Web;

/// <summary>
/// A dialog question as an HTML form, whatever its kind: one field named by the step id (a date also has its
/// "in words" box, <see cref="FlowRunner.TypedInputId"/>), a label or legend that is the question, the help and
/// any error tied to the field (<c>aria-describedby</c>, <c>aria-invalid</c>), a Continue button first (the one Enter
/// presses), then the ways out the engine offers. The browser validates nothing (<c>novalidate</c>): the engine does,
/// and its message comes back beside the field.
/// </summary>
internal static class PromptForm
{
    public const string StateField = "_door";
    public const string CommandField = "_do";

    public static string Render(Prompt prompt, string state, string action, DoorText t, DateTimeOffset now)
    {
        var id = "q-" + Safe(prompt.StepId);
        var described = string.Join(' ', new[] { prompt.Help is null ? null : id + "-help", prompt.Error is null ? null : id + "-error" }.OfType<string>());
        var html = new StringBuilder(2048)
            .Append("<form method=\"post\" action=\"").Append(Encode(action)).Append("\" novalidate>\n")
            .Append("<input type=\"hidden\" name=\"").Append(StateField).Append("\" value=\"").Append(Encode(state)).Append("\">\n");
        var field = new Field(prompt, id, described, t);
        if (prompt.Progress is { } progress)
            html.Append("<p class=\"progress\">").Append(Encode(progress)).Append("</p>\n");

        switch (prompt.Kind)
        {
            case PromptKind.Summary:
                Summary(html, prompt, t);
                break;
            case PromptKind.Choice or PromptKind.Confirm:
                Choices(html, field, prompt.Kind == PromptKind.Confirm
                    ? [new PromptChoice("yes", t["engine.yes"]), new PromptChoice("no", t["engine.no"])]
                    : prompt.Choices);
                break;
            case PromptKind.Attachment:
                html.Append("<h2 class=\"question\">").Append(Encode(prompt.Text)).Append("</h2>\n").Append(Prose(t["web.files.none"], "help"));
                break;
            default:
                Single(html, field, now);
                break;
        }

        html.Append("<div class=\"actions\">");
        if (prompt.Kind is not (PromptKind.Summary or PromptKind.Attachment))
            html.Append("<button type=\"submit\" class=\"primary\">").Append(Encode(t["web.next"])).Append("</button>");
        foreach (var way in prompt.Actions.Where(a => a.Command != FlowCommand.Help))
            html.Append("<button type=\"submit\" class=\"secondary\" name=\"").Append(CommandField).Append("\" value=\"").Append(way.Command).Append("\">")
                .Append(Encode(way.Label)).Append("</button>");
        return html.Append("</div>\n</form>\n").ToString();
    }

    private sealed record Field(Prompt Prompt, string Id, string Described, DoorText T)
    {
        public string Aria => (Described.Length > 0 ? $" aria-describedby=\"{Described}\"" : "") + (Prompt.Error is null ? "" : " aria-invalid=\"true\"");

        public string Value => Prompt.Rejected ?? Prompt.Current?.ToInputValue() ?? "";
    }

    private static void Notes(StringBuilder html, Field f)
    {
        if (f.Prompt.Help is { } help) html.Append("<p class=\"help\" id=\"").Append(f.Id).Append("-help\">").Append(Encode(help)).Append("</p>\n");
        if (f.Prompt.Error is { } error)
            html.Append("<p class=\"error\" id=\"").Append(f.Id).Append("-error\"><strong>").Append(Encode(f.T["web.error.title"])).Append("</strong> ")
                .Append(Encode(error)).Append("</p>\n");
    }

    private static string Label(Prompt prompt, DoorText t) =>
        Encode(prompt.Text) + (prompt.Optional ? " <span class=\"optional\">" + Encode(t["web.optional"]) + "</span>" : "");

    private static void Choices(StringBuilder html, Field f, IReadOnlyList<PromptChoice> choices)
    {
        var p = f.Prompt;
        var type = p.Multi ? "checkbox" : "radio";
        var chosen = f.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (p.Kind == PromptKind.Confirm && p.Current is BoolAnswer b) chosen = [b.Value ? "yes" : "no"];
        html.Append("<fieldset").Append(f.Aria.Replace(" aria-invalid=\"true\"", "", StringComparison.Ordinal)).Append(">\n<legend class=\"question\">")
            .Append(Label(p, f.T)).Append("</legend>\n");
        Notes(html, f);
        html.Append("<p class=\"hint\">").Append(Encode(f.T[p.Multi ? "web.chooseMany" : "web.choose"])).Append("</p>\n<div class=\"choices\">\n");
        for (var i = 0; i < choices.Count; i++)
        {
            var c = choices[i];
            var inputId = $"{f.Id}-{i}";
            html.Append("<div class=\"choice\"><input type=\"").Append(type).Append("\" id=\"").Append(inputId).Append("\" name=\"").Append(Encode(p.StepId))
                .Append("\" value=\"").Append(Encode(c.Id)).Append('"').Append(chosen.Contains(c.Id) ? " checked" : "")
                .Append(p.Error is null ? "" : " aria-invalid=\"true\"").Append("><label for=\"").Append(inputId).Append("\">")
                .Append(Encode(c.Text)).Append("</label></div>\n");
        }
        html.Append("</div>\n</fieldset>\n");
    }

    private static void Single(StringBuilder html, Field f, DateTimeOffset now)
    {
        var p = f.Prompt;
        html.Append("<div class=\"field\">\n<label class=\"question\" for=\"").Append(f.Id).Append("\">").Append(Label(p, f.T)).Append("</label>\n");
        Notes(html, f);
        var common = $" id=\"{f.Id}\" name=\"{Encode(p.StepId)}\"{f.Aria}{(p.Optional || p.Kind == PromptKind.Date ? "" : " required")}";
        switch (p.Kind)
        {
            case PromptKind.Country:
                var code = (p.Current as CountryAnswer)?.Code;
                html.Append("<select").Append(common).Append(">\n<option value=\"\"></option>\n");
                foreach (var c in f.T.Catalog.Countries(f.T.Language))
                    html.Append("<option value=\"").Append(Encode(c.Id)).Append('"').Append(c.Id == code ? " selected" : "").Append('>').Append(Encode(c.Text)).Append("</option>\n");
                html.Append("</select>\n");
                break;
            case PromptKind.Date:
                var date = p.Current is DateAnswer d ? d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
                html.Append("<input type=\"date\"").Append(common).Append(" value=\"").Append(date).Append("\" max=\"")
                    .Append(now.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\">\n");
                var typed = FlowRunner.TypedInputId(p.StepId);
                html.Append("<label for=\"").Append(f.Id).Append("-typed\">").Append(Encode(f.T["host.dateInWords"])).Append("</label>\n")
                    .Append("<input type=\"text\" id=\"").Append(f.Id).Append("-typed\" name=\"").Append(Encode(typed)).Append("\" maxlength=\"100\" placeholder=\"")
                    .Append(Encode(f.T["host.dateInWords.placeholder"])).Append("\" value=\"").Append(Encode(p.Rejected)).Append("\"").Append(f.Aria).Append(">\n");
                break;
            case PromptKind.Number:
                html.Append("<input type=\"text\" inputmode=\"decimal\"").Append(common).Append(" value=\"").Append(Encode(f.Value)).Append("\">\n");
                break;
            default:
                var max = p.Max is { } m ? $" maxlength=\"{(int)m}\"" : "";
                if (p.Max is null or > 200)
                    html.Append("<textarea rows=\"8\"").Append(common).Append(max).Append('>').Append(Encode(f.Value)).Append("</textarea>\n");
                else
                    html.Append("<input type=\"text\"").Append(common).Append(max).Append(" value=\"").Append(Encode(f.Value)).Append("\">\n");
                break;
        }
        html.Append("</div>\n");
    }

    private static void Summary(StringBuilder html, Prompt prompt, DoorText t)
    {
        html.Append("<h2 class=\"question\">").Append(Encode(prompt.Text)).Append("</h2>\n");
        if (prompt.Error is { } error)
            html.Append("<p class=\"error\"><strong>").Append(Encode(t["web.error.title"])).Append("</strong> ").Append(Encode(error)).Append("</p>\n");
        html.Append("<dl class=\"summary\">\n");
        foreach (var item in prompt.Items)
        {
            html.Append("<div><dt>").Append(Encode(item.Label)).Append("</dt><dd>").Append(Encode(item.Answer)).Append("</dd><dd class=\"edit\">");
            if (item.Editable)
                html.Append("<button type=\"submit\" class=\"link\" name=\"").Append(Encode(prompt.StepId)).Append("\" value=\"")
                    .Append(Encode(FlowRunner.EditPrefix + item.StepId)).Append("\" aria-label=\"").Append(Encode(t.Fill("web.summary.editLabel", ("label", item.Label))))
                    .Append("\">").Append(Encode(t["web.summary.edit"])).Append("</button>");
            else
                html.Append("<span class=\"fixed\">").Append(Encode(t["web.summary.fixed"])).Append("</span>");
            html.Append("</dd></div>\n");
        }
        html.Append("</dl>\n<div class=\"actions\"><button type=\"submit\" class=\"primary\" name=\"").Append(Encode(prompt.StepId)).Append("\" value=\"")
            .Append(FlowRunner.SubmitValue).Append("\">").Append(Encode(t["engine.action.submit"])).Append("</button>");
        // Whatever else the summary offers ("Add more details"), after the one primary action.
        foreach (var other in prompt.Choices.Where(c => c.Id != FlowRunner.SubmitValue))
            html.Append("<button type=\"submit\" class=\"secondary\" name=\"").Append(Encode(prompt.StepId)).Append("\" value=\"")
                .Append(Encode(other.Id)).Append("\">").Append(Encode(other.Text)).Append("</button>");
        html.Append("</div>\n");
    }

    // Step ids are the dialog author's; an HTML id keeps only what is safe in one.
    private static string Safe(string stepId) => new([.. stepId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
}
