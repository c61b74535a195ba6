using System.Text.RegularExpressions;
using RufaBot.Knowledge.Text;

using RufaBot.Cards;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// Lays a passage out for a card. Numbered steps written inline ("RufaBot suggests: 1. … 2. …") become a Markdown
/// list, one step a line, whose markers are left unescaped. The lead, the short answer shown first, is the words of
/// the passage itself: its steps, or its sentence that shares most words with the question, never other text.
/// </summary>
internal static partial class PassageLayout
{
    /// <summary>Longest lead sentence; a longer one is cut at a clause or a word, with an ellipsis.</summary>
    public const int MaxLeadChars = 320;

    // A lead shorter than this ("Dear Colleagues,") says too little: the next sentence is added.
    private const int MinLeadChars = 80;

    /// <summary>The passage's text as paragraphs: intro, the steps as one list, and what follows the last step.</summary>
    public static List<string> Blocks(string text, bool quoted)
    {
        if (Steps(text) is not { } steps)
            return [Wrap(CardText.Escape(text), quoted)];
        var blocks = new List<string>();
        if (steps.Intro.Length > 0)
            blocks.Add(Wrap(CardText.Escape(steps.Intro), quoted));
        blocks.Add(string.Join("\n", steps.Items.Select((item, i) => $"{i + 1}. {CardText.Escape(item)}")));
        if (steps.After.Length > 0)
            blocks.Add(Wrap(CardText.Escape(steps.After), quoted));
        return blocks;
    }

    /// <summary>The lead: the intro and steps of a passage that has them, else its sentence closest to the question.</summary>
    public static List<string> Lead(string text, bool quoted, string? question, Language language)
    {
        if (Steps(text) is { } steps)
            return Blocks(text, quoted).Take(steps.Intro.Length > 0 ? 2 : 1).ToList();
        var sentences = Sentences(text);
        var words = TextAnalyzer.Analyze(question, language).ToHashSet(StringComparer.Ordinal);
        var best = 0;
        for (int i = 1, bestShared = Shared(sentences[0], words, language); i < sentences.Count; i++)
            if (Shared(sentences[i], words, language) is var shared && shared > bestShared)
                (best, bestShared) = (i, shared);
        var lead = sentences[best];
        if (lead.Length < MinLeadChars && best + 1 < sentences.Count)
            lead += " " + sentences[best + 1];
        return [Wrap(CardText.Escape(ExtractiveAnswerer.Quote(lead, MaxLeadChars)), quoted)];
    }

    /// <summary>The sentences of a text, each verbatim; "item 13.1", "(see 2.3)" and "3. " do not end one.</summary>
    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match end in SentenceEnd().Matches(text))
        {
            sentences.Add(text[start..(end.Index + 1)].Trim());
            start = end.Index + 1;
        }
        if (text[start..].Trim() is { Length: > 0 } rest)
            sentences.Add(rest);
        return sentences.Count > 0 ? sentences : [text.Trim()];
    }

    private static int Shared(string sentence, HashSet<string> words, Language language) =>
        TextAnalyzer.Analyze(sentence, language).Distinct(StringComparer.Ordinal).Count(words.Contains);

    private static string Wrap(string text, bool quoted) => quoted ? "“" + text + "”" : text;

    private sealed record StepList(string Intro, List<string> Items, string After);

    /// <summary>Inline steps numbered 1, 2, 3… (two at least); the last step ends with its first sentence.</summary>
    private static StepList? Steps(string text)
    {
        var markers = new List<Match>();
        foreach (Match marker in StepMarker().Matches(text))
            if (int.Parse(marker.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == markers.Count + 1)
                markers.Add(marker);
        if (markers.Count < 2)
            return null;
        var items = new List<string>();
        for (var i = 0; i < markers.Count; i++)
        {
            var from = markers[i].Index + markers[i].Length;
            var to = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            items.Add(text[from..to].Trim());
        }
        var last = Sentences(items[^1]);
        items[^1] = last[0];
        return new StepList(text[..markers[0].Index].Trim(), items, string.Join(" ", last.Skip(1)));
    }

    // "1. " after the start, a space or a colon, before a capital: a step's number, not "item 2.3" or "(see 13.1)".
    [GeneratedRegex(@"(?<=^|[\s:])(\d{1,2})\.\s+(?=\p{Lu})")]
    private static partial Regex StepMarker();

    // A full stop, "!" or "?" after a letter or a closing mark, before a space and a capital or an opening quote.
    [GeneratedRegex(@"(?<=[\p{L}\)\]""»'’”])[.!?](?=\s+[\p{Lu}“""«(])")]
    private static partial Regex SentenceEnd();
}
