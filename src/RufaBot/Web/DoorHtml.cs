using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using RufaBot.Languages;

namespace RufaBot.Web;

/// <summary>
/// The door's HTML: one plain page layout (no script, one stylesheet from the app itself, the language in
/// <c>lang</c> and its direction in <c>dir</c>) and the strings files' light Markdown (paragraphs, "- " lists, <c>**bold**</c>) as HTML. Every
/// text is encoded; nothing a person typed is ever written unencoded.
/// </summary>
internal static partial class DoorHtml
{
    // Letters of every script stay as they are; markup characters and quotes are encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Encode(string? text) => Encoder.Encode(text ?? "");

    public static IResult Page(DoorLinks links, string lang, string title, string body, int status = StatusCodes.Status200OK)
    {
        var html = new StringBuilder(4096)
            .Append("<!doctype html>\n<html lang=\"").Append(Encode(lang)).Append("\" dir=\"").Append(SupportedLanguages.IsRightToLeft(lang) ? "rtl" : "ltr").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(Encode(title)).Append(" · RufaBot</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Encode(links.Stylesheet)).Append("\">\n</head>\n<body>\n")
            .Append("<header><p class=\"brand\">RufaBot</p></header>\n<main>\n")
            .Append(body)
            .Append("</main>\n<footer><nav><ul>")
            .Append("<li><a href=\"").Append(Encode(links.Start)).Append("\">").Append(Encode(links.StartLabel)).Append("</a></li>")
            .Append("<li><a href=\"").Append(Encode(links.Safer)).Append("\">").Append(Encode(links.SaferLabel)).Append("</a></li>")
            .Append("<li><a href=\"").Append(Encode(links.FollowUp)).Append("\">").Append(Encode(links.FollowUpLabel)).Append("</a></li>")
            .Append("</ul></nav></footer>\n</body>\n</html>\n");
        return Results.Text(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A string of the tables as HTML: blank lines part paragraphs, "- " lines make a list, **x** is bold.</summary>
    public static string Prose(string text, string? cssClass = null)
    {
        var html = new StringBuilder();
        var open = cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">";
        foreach (var block in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = block.Split('\n');
            if (lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                html.Append("<ul>");
                foreach (var line in lines) html.Append("<li>").Append(Inline(line[2..])).Append("</li>");
                html.Append("</ul>\n");
            }
            else
            {
                html.Append(open).Append(string.Join("<br>", lines.Select(Inline))).Append("</p>\n");
            }
        }
        return html.ToString();
    }

    private static string Inline(string text) => Bold().Replace(Encode(text), "<strong>$1</strong>");

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}

/// <summary>The door's own addresses, under its configured path, with their labels in the page's language.</summary>
internal sealed record DoorLinks(string Start, string Safer, string FollowUp, string Stylesheet, string StartLabel, string SaferLabel, string FollowUpLabel)
{
    public static DoorLinks For(string path, DoorText t) => new(
        path, path + "/safer", path + "/follow-up", path + "/door.css", t["web.title"], t["web.safer.link"], t["web.followUp.link"]);
}
