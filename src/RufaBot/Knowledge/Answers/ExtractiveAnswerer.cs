using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge.Retrieval;
using RufaBot.Knowledge.Seeds;
using RufaBot.Knowledge.Text;

using RufaBot.Cards;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// The offline answer: each retrieved passage as a bold title, what kind of passage it is (the document's own text,
/// a summary of it, or RufaBot's guidance), and its opening sentences, followed by its [n] marker, with the
/// citations listed in the same order. In another language than English, an entry's translated title and explanation
/// are used where it has them (Content/translations), and the sources' words it quotes follow verbatim in English,
/// labelled as the original; an entry without a translated explanation is shown in English, with a note saying so.
/// For a card, the same passages laid out (<see cref="PassageLayout"/>) and a lead taken from the best one, closest
/// to the question.
/// </summary>
internal sealed partial class ExtractiveAnswerer(IOptions<KnowledgeOptions> options, AnswerTexts texts, SeedLibrary seeds)
{
    public AnswerTexts Texts => texts;

    public KnowledgeAnswer Answer(IReadOnlyList<SearchHit> hits, Language language, bool looksLikeConcern, string? note = null, string? question = null)
    {
        if (hits.Count == 0)
            return new KnowledgeAnswer(KnowledgeAnswer.NewId(), texts.NotFound(language), [], AnswerMode.NotFound, looksLikeConcern, language, note);
        var text = new StringBuilder();
        var passages = new List<AnswerPassage>();
        AnswerPassage? lead = null;
        var englishOnly = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var entry = hits[i].Entry;
            var translation = language == Language.English ? null : entry.In(language.Code());
            var translated = translation?.Body is not null;
            englishOnly |= language != Language.English && !translated && !entry.IsAdminDocument;
            var heading = "**" + CardText.Escape(translation?.Title ?? entry.Title) + "**";
            // Staff must see what is the documents' own text, what is a summary of it and what is RufaBot's advice.
            if (texts.KindLabel(entry.Kind, language) is { } kind)
                heading += " (" + kind + ")";
            var body = translated ? translation!.Body! : entry.Body;
            var original = language == Language.English ? null : Original(entry, translated, language);
            var marker = $" [{i + 1}]";
            if (i > 0) text.Append("\n\n");
            // The best passage is quoted in full or nearly: it is usually the answer. The others are context.
            var max = i == 0 ? options.Value.MaxQuoteChars * 2 : options.Value.MaxQuoteChars;
            var quote = CardText.Escape(Quote(body, max));
            text.Append(heading).Append(": ").Append(entry.IsSourceText ? "“" + quote + "”" : quote);
            if (original is not null)
                text.Append(' ').Append(original);
            text.Append(marker);
            // On a card, the passages hide behind "Show more" under a lead taken from the best one, so they are shown
            // longer than in the text. The best one's there is only what its lead does not already show.
            var blocks = PassageLayout.Blocks(Quote(body, options.Value.MaxQuoteChars * 3), entry.IsSourceText && original is null);
            if (original is not null && !entry.IsSourceText)
                blocks.Add(original);
            else if (original is not null)
                blocks = [original];
            if (i == 0)
            {
                var leadBlocks = entry.IsSourceText && original is not null
                    ? [original]
                    : PassageLayout.Lead(body, entry.IsSourceText, question, translated ? language : Language.English);
                if (original is not null && !entry.IsSourceText)
                    leadBlocks.Add(original);
                blocks = [.. blocks.Except(leadBlocks)];
                lead = new AnswerPassage(1, heading, Marked(leadBlocks, marker));
            }
            passages.Add(new AnswerPassage(i + 1, heading, Marked(blocks, marker)));
        }
        if (englishOnly)
            note = note is null ? texts.EnglishOnly(language) : note + " " + texts.EnglishOnly(language);
        var citations = hits.Select((hit, i) => new AnswerCitation(i + 1, hit.Entry.Citation)).ToList();
        return new KnowledgeAnswer(KnowledgeAnswer.NewId(), text.ToString(), citations, AnswerMode.Extractive, looksLikeConcern, language, note)
        {
            Lead = lead,
            Passages = passages,
        };
    }

    /// <summary>
    /// The sources' own words beside a text in another language, verbatim and labelled "Original English": the whole of a
    /// source passage; for a translated explanation, the quotations of its English text, or when it quotes nothing, the
    /// opening of the passages it cites. Null when there are none (RufaBot's guidance citing no passage).
    /// </summary>
    private string? Original(KnowledgeEntry entry, bool translated, Language language)
    {
        var max = options.Value.MaxQuoteChars * 2;
        IEnumerable<string> quotations = entry.IsSourceText ? [Quote(entry.Body, max)]
            : !translated ? []
            : Quotations.Find(entry.Body).ToList() is { Count: > 0 } found ? found
            : entry.SourceRefs.Select(seeds.Find).OfType<SeedPassage>().Take(2).Select(p => Quote(p.Text, max / 2));
        var quoted = string.Join(" ", quotations.Select(q => "“" + CardText.Escape(q) + "”"));
        return quoted.Length == 0 ? null : "_" + CardText.Escape(texts.OriginalEnglish(language)) + ":_ " + quoted;
    }

    private static List<string> Marked(List<string> blocks, string marker)
    {
        if (blocks.Count > 0)
            blocks[^1] += marker;
        return blocks;
    }

    /// <summary>The body up to <paramref name="max"/> characters, cut after a whole sentence when one fits.</summary>
    internal static string Quote(string body, int max)
    {
        var text = body.Trim();
        if (text.Length <= max)
            return text;
        var cut = SentenceEnd().Matches(text[..max]).LastOrDefault();
        if (cut is not null && cut.Index >= max / 3)
            return text[cut.Index] == ';' ? text[..cut.Index] + "…" : text[..(cut.Index + 1)];
        var space = text.LastIndexOf(' ', max - 1);
        return text[..(space > 0 ? space : max)].TrimEnd(',', ';', ':') + "…";
    }

    // A full stop after a letter or closing mark, followed by a space: not "13.1" and not a list number like "3. ".
    [GeneratedRegex(@"(?<=[\p{L}\)\]""»])[.!?;](?=\s)")]
    private static partial Regex SentenceEnd();
}
