using System.Text;
using System.Text.RegularExpressions;

namespace RufaBot.Knowledge.Loading;

/// <summary>
/// Splits an admin document into passages of at most <c>maxChars</c>: a Markdown heading starts a new section,
/// a section is cut at paragraph and then sentence boundaries. Each chunk keeps its nearest heading for the citation.
/// </summary>
internal static partial class DocumentChunker
{
    public sealed record Chunk(string Heading, string Text);

    public static List<Chunk> Split(string text, string fallbackHeading, int maxChars)
    {
        var chunks = new List<Chunk>();
        var heading = fallbackHeading;
        var section = new StringBuilder();
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var match = HeadingLine().Match(rawLine);
            if (match.Success)
            {
                Flush(chunks, heading, section, maxChars);
                heading = match.Groups[1].Value.Trim().TrimEnd('#').Trim();
                continue;
            }
            section.Append(rawLine).Append('\n');
        }
        Flush(chunks, heading, section, maxChars);
        return chunks;
    }

    private static void Flush(List<Chunk> chunks, string heading, StringBuilder section, int maxChars)
    {
        var paragraphs = section.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Whitespace().Replace(p, " "))
            .Where(p => p.Length > 0);
        section.Clear();
        var current = new StringBuilder();
        foreach (var piece in paragraphs.SelectMany(p => p.Length <= maxChars ? [p] : Sentences(p, maxChars)))
        {
            if (current.Length > 0 && current.Length + 1 + piece.Length > maxChars)
            {
                chunks.Add(new Chunk(heading, current.ToString()));
                current.Clear();
            }
            if (current.Length > 0) current.Append(' ');
            current.Append(piece);
        }
        if (current.Length > 0)
            chunks.Add(new Chunk(heading, current.ToString()));
    }

    private static IEnumerable<string> Sentences(string paragraph, int maxChars)
    {
        foreach (var sentence in SentenceEnd().Split(paragraph))
        {
            // A single run-on "sentence" longer than the limit is cut hard rather than dropped.
            for (var i = 0; i < sentence.Length; i += maxChars)
                yield return sentence.Substring(i, Math.Min(maxChars, sentence.Length - i)).Trim();
        }
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.+)$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
