using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Knowledge.Text;

using RufaBot.Cards;

namespace RufaBot.Knowledge.Answers;

/// <summary>
/// The Adaptive Card (schema 1.5) for an answer: a short lead (words of the best passage, with its kind), the
/// passages behind "Show more" (an Action.ToggleVisibility over hidden containers), an optional note, the numbered
/// sources, linked to the public document where its address is known, and "Was this helpful?" with Yes/No buttons
/// whose data is {"rufa":"feedback","answerId":…,"helpful":…}. An answer with no lead (generated, not found) shows
/// its text whole. Kept under 28 KB counted in UTF-16, the strictest reading of the Teams card limit.
/// </summary>
internal static class AnswerCards
{
    public const int MaxCardBytes = 28 * 1024;
    public const string MoreId = "more";
    public const string MoreSourcesId = "moreSources";
    public const string ShowMoreId = "showMore";
    public const string ShowLessId = "showLess";
    private const int MaxTextChars = 4000;
    private const int MaxNoteChars = 400;
    private const int MaxLabelChars = 160;
    private const int MaxCitations = 8;

    public static JsonObject Build(KnowledgeAnswer answer, AnswerTexts texts)
    {
        // JSON escaping (non-ASCII becomes \uXXXX) can make a card several times longer than its text: measure,
        // and halve every free-text limit until it fits.
        for (var scale = 1; ; scale *= 2)
        {
            var card = Build(answer, texts, scale);
            if (scale >= 64 || Encoding.Unicode.GetByteCount(card.ToJsonString()) <= MaxCardBytes)
                return card;
        }
    }

    private static JsonObject Build(KnowledgeAnswer answer, AnswerTexts texts, int scale)
    {
        var language = answer.Language;
        var maxText = MaxTextChars / scale;
        var body = new JsonArray();
        var more = new JsonArray();
        if (answer.Lead is { } lead)
        {
            body.Add(TextBlock(Cut(lead.Heading, maxText)));
            foreach (var block in lead.Blocks)
                body.Add(Tight(TextBlock(Cut(block, maxText))));
            // The rest of the best passage, under the lead's heading, then the other passages under theirs.
            foreach (var passage in answer.Passages.Where(p => p.Blocks.Count > 0))
            {
                if (passage.Number != lead.Number)
                    more.Add(Spaced(TextBlock(Cut(passage.Heading, maxText))));
                foreach (var block in passage.Blocks)
                    more.Add(Tight(TextBlock(Cut(block, maxText))));
            }
        }
        else
            body.Add(TextBlock(Cut(answer.Text, maxText)));
        if (answer.Note is not null)
            body.Add(TextBlock(CardText.Escape(Cut(answer.Note, MaxNoteChars / scale)), subtle: true));
        if (more.Count > 0)
            body.Add(Hidden(MoreId, more));

        // Only the sources of what is shown: those of the hidden passages appear with them.
        var shown = answer.Lead is { } first && more.Count > 0 ? [first.Number] : answer.Citations.Select(c => c.Number).ToHashSet();
        var sources = new JsonArray();
        var moreSources = new JsonArray();
        foreach (var citation in answer.Citations.Take(MaxCitations))
        {
            var line = TextBlock(Source(citation, texts.CitationLabel(citation.Citation, language), scale), subtle: true);
            line["spacing"] = "None";
            (shown.Contains(citation.Number) ? sources : moreSources).Add(line);
        }
        if (more.Count > 0)
        {
            string[] targets = moreSources.Count > 0 ? [MoreId, MoreSourcesId, ShowMoreId, ShowLessId] : [MoreId, ShowMoreId, ShowLessId];
            body.Add(Toggle(ShowMoreId, texts.ShowMore(language), targets, visible: true));
            body.Add(Toggle(ShowLessId, texts.ShowLess(language), targets, visible: false));
        }
        if (answer.Citations.Count > 0)
        {
            var heading = TextBlock(texts.Sources(language));
            heading["weight"] = "Bolder";
            heading["size"] = "Small";
            heading["spacing"] = "Medium";
            body.Add(heading);
            foreach (var line in sources.ToList())
            {
                sources.Remove(line);
                body.Add(line);
            }
            if (moreSources.Count > 0)
                body.Add(Hidden(MoreSourcesId, moreSources, spacing: "None"));
        }
        var question = TextBlock(texts.WasThisHelpful(language));
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
                Feedback(answer.Id, helpful: true, texts.Yes(language)),
                Feedback(answer.Id, helpful: false, texts.No(language)),
            },
        };
    }

    /// <summary>"[1] Detailed Action Plan (March 2014), item 2.3", a link to the document when its address is known.</summary>
    private static string Source(AnswerCitation citation, string fullLabel, int scale)
    {
        var label = CardText.Escape(Cut(fullLabel, Math.Max(40, MaxLabelChars / scale)));
        // The address comes from seeds.json, not from a user; brackets would end the Markdown link early.
        return citation.Citation.Url is { } url
            ? $"[{citation.Number}] [{label}]({url.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})"
            : $"[{citation.Number}] {label}";
    }

    private static JsonObject Hidden(string id, JsonArray items, string spacing = "Small") => new()
    {
        ["type"] = "Container",
        ["id"] = id,
        ["isVisible"] = false,
        ["spacing"] = spacing,
        ["items"] = items,
    };

    // One ActionSet for "Show more", one for "Show less": each swaps the passages, their sources and the two buttons.
    private static JsonObject Toggle(string id, string title, string[] targets, bool visible)
    {
        var set = new JsonObject
        {
            ["type"] = "ActionSet",
            ["id"] = id,
            ["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.ToggleVisibility",
                    ["title"] = title,
                    ["targetElements"] = new JsonArray([.. targets.Select(t => (JsonNode)t)]),
                },
            },
        };
        if (!visible)
            set["isVisible"] = false;
        return set;
    }

    private static JsonObject Tight(JsonObject block)
    {
        block["spacing"] = "Small";
        return block;
    }

    private static JsonObject Spaced(JsonObject block)
    {
        block["spacing"] = "Medium";
        return block;
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
