using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Knowledge.Text;

using RufaBot.Cards;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// The Adaptive Card (schema 1.5) for an answer: the text, an optional note, the numbered sources and
/// "Was this helpful?" with Yes/No buttons whose data is {"rufa":"feedback","answerId":…,"helpful":…}.
/// Kept under 28 KB counted in UTF-16, the strictest reading of the Teams card limit.
/// </summary>
internal static class AnswerCards
{
    public const int MaxCardBytes = 28 * 1024;
    private const int MaxTextChars = 4000;
    private const int MaxNoteChars = 400;
    private const int MaxLabelChars = 160;
    private const int MaxCitations = 8;

    public static JsonObject Build(KnowledgeAnswer answer)
    {
        // JSON escaping (non-ASCII becomes \uXXXX) can make a card several times longer than its text: measure,
        // and halve every free-text limit until it fits.
        for (var scale = 1; ; scale *= 2)
        {
            var card = Build(answer, scale);
            if (scale >= 64 || Encoding.Unicode.GetByteCount(card.ToJsonString()) <= MaxCardBytes)
                return card;
        }
    }

    private static JsonObject Build(KnowledgeAnswer answer, int scale)
    {
        var language = answer.Language;
        var body = new JsonArray { TextBlock(Cut(answer.Text, MaxTextChars / scale)) };
        if (answer.Note is not null)
            body.Add(TextBlock(CardText.Escape(Cut(answer.Note, MaxNoteChars / scale)), subtle: true));
        if (answer.Citations.Count > 0)
        {
            var sources = TextBlock(AnswerTexts.Sources(language));
            sources["weight"] = "Bolder";
            sources["size"] = "Small";
            sources["spacing"] = "Medium";
            body.Add(sources);
            foreach (var citation in answer.Citations.Take(MaxCitations))
            {
                var line = TextBlock($"[{citation.Number}] {CardText.Escape(Cut(citation.Citation.Label, Math.Max(40, MaxLabelChars / scale)))}", subtle: true);
                line["spacing"] = "None";
                body.Add(line);
            }
        }
        var question = TextBlock(AnswerTexts.WasThisHelpful(language));
        question["spacing"] = "Medium";
        body.Add(question);

        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray
            {
                Feedback(answer.Id, helpful: true, AnswerTexts.Yes(language)),
                Feedback(answer.Id, helpful: false, AnswerTexts.No(language)),
            },
        };
    }

    // Never ends on a lone backslash, which would escape the ellipsis.
    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max].TrimEnd('\\') + "…";

    private static JsonObject TextBlock(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
        }
        return block;
    }

    private static JsonObject Feedback(string answerId, bool helpful, string title) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { ["rufa"] = "feedback", ["answerId"] = answerId, ["helpful"] = helpful },
    };
}
