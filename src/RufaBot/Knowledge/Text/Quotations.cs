using System.Text;
using System.Text.RegularExpressions;

namespace RufaBot.Knowledge.Text;

/// <summary>
/// Words in double quotation marks ("…" or “…”) and the comparison that decides whether a quotation is verbatim:
/// case, curly or straight quotes and apostrophes, Markdown emphasis, footnote marks and spacing do not count;
/// every word and every other character does.
/// </summary>
internal static partial class Quotations
{
    public static IEnumerable<string> Find(string text) =>
        Quoted().Matches(text).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)
            .Select(q => q.Trim()).Where(q => q.Length > 0);

    public static bool IsIn(string quotation, string source) =>
        Normal(source).Contains(Normal(quotation).TrimEnd('.', ',', ';', ':'), StringComparison.Ordinal);

    public static string Normal(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("^{*}", "", StringComparison.Ordinal))
        {
            if (c is '*' || c is '¹' or '²' or '³' || c is >= '⁰' and <= '⁹')
                continue;
            builder.Append(c switch
            {
                '‘' or '’' or 'ʼ' => '\'',
                '“' or '”' => '"',
                '—' or '–' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return Whitespace().Replace(builder.ToString(), " ").Trim();
    }

    [GeneratedRegex("\"([^\"\\n]+)\"|“([^”\\n]+)”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
