using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Knowledge.Text;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// The Adaptive Card (schema 1.5) for an answer: the text, an optional note, the numbered sources and
/// "Was this helpful?" with Yes/No buttons whose data is {"rufa":"feedback","answerId":…,"helpful":…}.
/// Kept under 28 KB, the safe size for a Teams card.
/// </summary>
internal static class AnswerCards
{
    public const int MaxCardBytes = 28 * 1024;
    private const int MaxTextChars = 6000;
    private const int MaxCitations = 10;
    private const int MaxLabelChars = 200;

    public static JsonObject Build(KnowledgeAnswer answer)
    {
        // Escaping and non-ASCII characters can make the JSON several times longer than the text: measure and shorten.
        for (var limit = MaxTextChars; ; limit /= 2)
        {
            var card = Build(answer, limit);
            if (limit < 200 || Encoding.UTF8.GetByteCount(card.ToJsonString()) <= MaxCardBytes)
                return card;
        }
    }

    private static JsonObject Build(KnowledgeAnswer answer, int maxTextChars)
    {
        var language = answer.Language;
        var text = answer.Text.Length <= maxTextChars ? answer.Text : answer.Text[..maxTextChars].TrimEnd('\\') + "…";
        var body = new JsonArray { TextBlock(text) };
        if (answer.Note is not null)
            body.Add(TextBlock(CardText.Escape(answer.Note), subtle: true));
        if (answer.Citations.Count > 0)
        {
            var sources = TextBlock(AnswerTexts.Sources(language), subtle: false);
            sources["weight"] = "Bolder";
            sources["size"] = "Small";
            sources["spacing"] = "Medium";
            body.Add(sources);
            foreach (var citation in answer.Citations.Take(MaxCitations))
            {
                var label = citation.Citation.Label.Length <= MaxLabelChars ? citation.Citation.Label : citation.Citation.Label[..MaxLabelChars] + "…";
                var line = TextBlock($"[{citation.Number}] {CardText.Escape(label)}", subtle: true);
                line["spacing"] = "None";
                body.Add(line);
            }
        }
        var question = TextBlock(AnswerTexts.WasThisHelpful(language), subtle: false);
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
