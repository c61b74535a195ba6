using System.Text;
using System.Text.RegularExpressions;

namespace RufaBot.Cards;

/// <summary>
/// Makes untrusted text (a user's words, an admin document, a model answer) inert in an Adaptive Card TextBlock:
/// the Markdown characters that make emphasis, links, images, code, lists, headings and quotes are
/// backslash-escaped, and "://", "www." and "@" are broken so no URL or e-mail is auto-linked. "{{" gets a space, so
/// Teams does not evaluate <c>{{DATE(…)}}</c> or <c>{{TIME(…)}}</c>; bidi embeddings, overrides and isolates and
/// zero-width characters are removed. Ordinary prose such as "item 2.3 (OHCHR)" is left as it is.
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
            if ((char.IsControl(c) && c != '\n') || IsInvisible(c))
                continue;
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '~' or '|' or '!' or '#' or '@')
                builder.Append('\\');
            // Checked against what was appended, so "{" + a removed character + "{" is broken too.
            if (c == '{' && builder.Length > 0 && builder[^1] == '{')
                builder.Append(' ');
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

    // An override (U+202E) shows a name or a sentence backwards to the focal point; zero-width characters hide text
    // inside text. Removed rather than shown: in the reporter's own words, the order they were typed in is the truth.
    private static bool IsInvisible(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    [GeneratedRegex(@"(www)\.", RegexOptions.IgnoreCase)]
    private static partial Regex Www();

    // "- item", "+ item", "1. item", "1) item" and "=== " underlines at a line start.
    [GeneratedRegex(@"(?m)^(\s*\d*)([-+=.)])")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?m)(?<!^\s{0,3})\\\[(\d{1,2})\\\](?![(:])")]
    private static partial Regex Marker();
}
