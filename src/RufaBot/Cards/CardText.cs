using System.Text;
using System.Text.RegularExpressions;

namespace RufaBot.Cards;

/// <summary>
/// Makes untrusted text (a user's words, an admin document, a model answer) inert in an Adaptive Card TextBlock:
/// the Markdown characters that make emphasis, links, images, code, lists, headings and quotes are
/// backslash-escaped, and "://", "www." and "@" are broken so no URL or e-mail is auto-linked. Ordinary prose
/// such as "item 2.3 (OHCHR)" is left as it is.
/// </summary>
internal static partial class CardText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '~' or '|' or '!' or '#' or '@')
                builder.Append('\\');
            if (!char.IsControl(c) || c == '\n')
                builder.Append(c);
        }
        var escaped = builder.ToString().Replace("://", "\\:\\/\\/", StringComparison.Ordinal);
        escaped = Www().Replace(escaped, "$1\\.");
        return ListMarker().Replace(escaped, "$1\\$2");
    }

    /// <summary>
    /// Escapes a model answer but keeps its [n] citation markers: never at a line start, where "[n]:" would define a
    /// link, and never just before "(" or ":", where "[n](url)" would make one.
    /// </summary>
    public static string EscapeKeepingMarkers(string text) => Marker().Replace(Escape(text), "[$1]");

    [GeneratedRegex(@"(www)\.", RegexOptions.IgnoreCase)]
    private static partial Regex Www();

    // "- item", "+ item", "1. item", "1) item" and "=== " underlines at a line start.
    [GeneratedRegex(@"(?m)^(\s*\d*)([-+=.)])")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?m)(?<!^\s{0,3})\\\[(\d{1,2})\\\](?![(:])")]
    private static partial Regex Marker();
}
