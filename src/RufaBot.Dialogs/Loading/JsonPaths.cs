using System.Text;
using System.Text.RegularExpressions;

namespace RufaBot.Dialogs.Loading;

// Turns JSON Pointers (/steps/3/kind) into the JSON paths people read ($.steps[3].kind).
internal static partial class JsonPaths
{
    public static string FromPointer(string pointer)
    {
        var sb = new StringBuilder("$");
        if (pointer.Length == 0 || pointer == "#") return "$";
        foreach (var raw in pointer.TrimStart('#').TrimStart('/').Split('/'))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            Append(sb, segment);
        }
        return sb.ToString();
    }

    public static string Property(string parent, string name) => Append(new StringBuilder(parent), name).ToString();

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static StringBuilder Append(StringBuilder sb, string segment)
    {
        if (segment.Length > 0 && segment.All(char.IsDigit)) return sb.Append('[').Append(segment).Append(']');
        if (Identifier().IsMatch(segment)) return sb.Append('.').Append(segment);
        return sb.Append("['").Append(segment.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex Identifier();
}
