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

    public static JsonObject Build(KnowledgeAnswer answer)
    {
        var language = answer.Language;
        var text = answer.Text.Length <= MaxTextChars ? answer.Text : answer.Text[..MaxTextChars] + "…";
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
                var line = TextBlock($"[{citation.Number}] {CardText.Escape(citation.Citation.Label)}", subtle: true);
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
