using System.Text;
using System.Text.RegularExpressions;

namespace RufaBot.Knowledge.Seeds;

/// <summary>
/// Cuts a source document into passages, each with its citation. The documents are scans turned into text, so
/// each family has its own reader (letters, the commitment statement, the two plans). Every reader counts what it
/// found and throws when the count is not the document's (7 pledges, 16 items…): a seed edited by mistake stops
/// the start rather than shifting every citation after it. Lines made only of a page-break mark ("-", "_") or a
/// stray item number ("4,") are layout, not text.
/// </summary>
internal static partial class SeedParser
{
    public static IReadOnlyList<SeedPassage> Parse(string code, string text) => code switch
    {
        "CS" => Statement(text),
        "SGL" => Letter("SGL", text, expectedParagraphs: 5, expectedRequests: 0),
        "NGO" => Letter("NGO", text, expectedParagraphs: 6, expectedRequests: 4),
        "PoA" => PlanOfAction(text),
        "DAP" => DetailedActionPlan(text),
        _ => throw new InvalidDataException($"No reader for the seed code '{code}'."),
    };

    /// <summary>Lines without their line ends, no-break spaces as spaces, trimmed.</summary>
    internal static List<string> Lines(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Replace('\u00A0', ' ').Trim()).ToList();

    /// <summary>Runs of non-blank lines.</summary>
    internal static List<List<string>> Blocks(string text)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (var line in Lines(text))
        {
            if (line.Length > 0)
            {
                current.Add(line);
                continue;
            }
            if (current.Count > 0)
                blocks.Add(current);
            current = [];
        }
        if (current.Count > 0)
            blocks.Add(current);
        return blocks;
    }

    /// <summary>
    /// Lines joined into one paragraph: a line ending in a hyphen after a letter runs on into the next ("inter-" +
    /// "agency"); Markdown emphasis is dropped; "^{*}" becomes "*"; whitespace collapses.
    /// </summary>
    internal static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (text.Length > 0 && !(text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2])))
                text.Append(' ');
            text.Append(line);
        }
        return Plain(text.ToString());
    }

    /// <summary>The text a reader sees: no Markdown emphasis, "^{*}" as "*", single spaces.</summary>
    internal static string Plain(string text)
    {
        text = text.Replace("^{*}", "*", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal);
        text = Emphasis().Replace(text, "$1");
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Sentence case for an all-capitals heading, keeping "UN" and dropping footnote marks.</summary>
    internal static string HeadingCase(string heading)
    {
        var words = Superscripts().Replace(heading, "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "UN" ? w : w.ToLowerInvariant()).ToList();
        if (words.Count > 0 && words[0] != "UN")
            words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words).Replace("member states", "Member States", StringComparison.Ordinal);
    }

    internal static bool IsLayout(string line) => LayoutLine().IsMatch(line);

    internal static bool IsCapitalsHeading(string line) =>
        line.Length >= 6 && line.Any(char.IsLetter) && !line.Any(char.IsLower) && CapitalsHeading().IsMatch(line);

    private static string Range(IReadOnlyList<int> items) =>
        items.Count == 1 ? items[0].ToString() : $"{items[0]}-{items[^1]}";

    private static void Expect(string code, string what, int found, int expected)
    {
        if (found != expected)
            throw new InvalidDataException($"Seed {code}: found {found} {what}, expected {expected}. Was the seed file edited?");
    }

    [GeneratedRegex(@"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")]
    private static partial Regex Superscripts();

    // A page-break mark or a stray number left where the scan lost an item's text ("1.", "4,").
    [GeneratedRegex(@"^([-_]|\d{1,2}[.,])$")]
    private static partial Regex LayoutLine();

    [GeneratedRegex(@"^[A-Z][A-Z ,'’\-]+[⁰¹²³⁴⁵⁶⁷⁸⁹]*$")]
    private static partial Regex CapitalsHeading();
}
