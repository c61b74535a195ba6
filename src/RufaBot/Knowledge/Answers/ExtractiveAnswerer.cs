using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using RufaBot.Knowledge.Retrieval;
using RufaBot.Knowledge.Text;

using RufaBot.Cards;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// The offline answer: each retrieved passage as a bold title, what kind of passage it is (the document's own text,
/// a summary of it, or RufaBot's guidance), and its opening sentences, followed by its [n] marker, with the
/// citations listed in the same order. French titles and bodies are used when the entry has them.
/// </summary>
internal sealed partial class ExtractiveAnswerer(IOptions<KnowledgeOptions> options)
{
    public KnowledgeAnswer Answer(IReadOnlyList<SearchHit> hits, Language language, bool looksLikeConcern, string? note = null)
    {
        if (hits.Count == 0)
            return new KnowledgeAnswer(KnowledgeAnswer.NewId(), AnswerTexts.NotFound(language), [], AnswerMode.NotFound, looksLikeConcern, language, note);
        var text = new StringBuilder();
        var englishOnly = false;
        for (var i = 0; i < hits.Count; i++)
        {
            var entry = hits[i].Entry;
            var french = language == Language.French && entry.BodyFr is not null;
            englishOnly |= language == Language.French && !french;
            var title = language == Language.French && entry.TitleFr is not null ? entry.TitleFr : entry.Title;
            if (i > 0) text.Append("\n\n");
            text.Append("**").Append(CardText.Escape(title)).Append("**");
            // Staff must see what is the documents' own text, what is a summary of it and what is RufaBot's advice.
            if (AnswerTexts.KindLabel(entry.Kind, language) is { } kind)
                text.Append(" (").Append(kind).Append(')');
            // The best passage is quoted in full or nearly: it is usually the answer. The others are context.
            var max = i == 0 ? options.Value.MaxQuoteChars * 2 : options.Value.MaxQuoteChars;
            var quote = CardText.Escape(Quote(french ? entry.BodyFr! : entry.Body, max));
            text.Append(": ").Append(entry.IsSourceText ? "“" + quote + "”" : quote)
                .Append(" [").Append(i + 1).Append(']');
        }
        if (englishOnly)
            note = note is null ? AnswerTexts.EnglishOnly : note + " " + AnswerTexts.EnglishOnly;
        var citations = hits.Select((hit, i) => new AnswerCitation(i + 1, hit.Entry.Citation)).ToList();
        return new KnowledgeAnswer(KnowledgeAnswer.NewId(), text.ToString(), citations, AnswerMode.Extractive, looksLikeConcern, language, note);
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
