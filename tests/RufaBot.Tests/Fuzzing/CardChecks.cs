using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;

namespace RufaBot.Tests.Fuzzing;

/// <summary>
/// What every card and message the bot sends must be, whatever text went into it: well-formed Adaptive Card 1.5 JSON
/// of element and action types Teams knows, within Teams' 28 KB, and with no Markdown link, image, HTML or Teams
/// mention tag and no auto-linked URL left unescaped in any text Teams renders as Markdown.
/// </summary>
internal static class CardChecks
{
    private const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    private static readonly HashSet<string> Elements =
    [
        "TextBlock", "RichTextBlock", "TextRun", "Image", "ImageSet", "Media", "Container", "ColumnSet", "Column", "FactSet",
        "ActionSet", "Table", "TableRow", "TableCell", "Input.Text", "Input.Number", "Input.Date", "Input.Time",
        "Input.Toggle", "Input.ChoiceSet",
    ];

    private static readonly HashSet<string> Actions = ["Action.Submit", "Action.Execute", "Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility"];

    /// <summary>An activity sent to the Connector (its raw body): the message text and every Adaptive Card attachment.</summary>
    public static void AssertSafeActivity(string body)
    {
        var activity = JsonNode.Parse(body)!.AsObject();
        if ((string?)activity["text"] is { } text)
            AssertInert(text, "message text");
        foreach (var attachment in activity["attachments"]?.AsArray() ?? [])
            if ((string?)attachment?["contentType"] == AdaptiveCardType)
                AssertCard(attachment!["content"]!.AsObject());
    }

    /// <summary>An invoke answer: a card (checked as any card) or an error with a status under 500.</summary>
    public static void AssertSafeInvokeBody(JsonObject body)
    {
        var status = (int?)body["statusCode"];
        Assert.True(status is >= 200 and < 500, $"invoke answered with status {status}: {body.ToJsonString()}");
        if ((string?)body["type"] == AdaptiveCardType)
            AssertCard(body["value"]!.AsObject());
    }

    public static void AssertCard(JsonObject card)
    {
        var json = card.ToJsonString();
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.True(global::RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject()) <= 28 * 1024, $"card is {RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject())} bytes in UTF-16, over Teams' 28 KB");
        Assert.True(card["body"] is JsonArray, "card has no body array");
        Walk(card);
    }

    private static void Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                    Walk(item);
                break;
            case JsonObject o:
                if ((string?)o["type"] is { } type && o != o.Root)
                {
                    Assert.True(Elements.Contains(type) || Actions.Contains(type) || type == "AdaptiveCard", $"unknown card type '{type}'");
                    if (type.StartsWith("Input.", StringComparison.Ordinal))
                        Assert.False(string.IsNullOrEmpty((string?)o["id"]), $"{type} without an id");
                    if (type == "TextBlock")
                        AssertInert((string)o["text"]!, "TextBlock");
                    if (type == "Action.OpenUrl")
                        Assert.StartsWith("https://", (string?)o["url"]);
                }
                foreach (var (_, child) in o)
                    Walk(child);
                break;
        }
    }

    /// <summary>No Markdown link or image, link definition, HTML or &lt;at&gt; tag, nor an auto-linked URL outside a backslash escape.</summary>
    public static void AssertInert(string text, string where)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var why = c switch
            {
                ']' when next is '(' or ':' => "a Markdown link",
                '<' when char.IsAsciiLetter(next) || next is '/' or '!' or '?' => "an HTML tag",
                ':' when next == '/' && i + 2 < text.Length && text[i + 2] == '/' => "an auto-linked URL",
                '.' when i >= 3 && text.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase) => "an auto-linked www address",
                _ => null,
            };
            Assert.True(why is null, $"{where} carries {why} unescaped at {i}: …{Around(text, i)}…");
        }
    }

    /// <summary>
    /// No "{{" (Teams evaluates <c>{{DATE(…)}}</c> and <c>{{TIME(…)}}</c> in card text), no bidi embedding, override or
    /// isolate, and no zero-width character.
    /// </summary>
    public static void AssertNoTemplateOrInvisible(string text, string where)
    {
        var template = text.IndexOf("{{", StringComparison.Ordinal);
        Assert.True(template < 0, $"{where} carries a template opening at {template}: …{Around(text, Math.Max(template, 0))}…");
        var invisible = text.AsSpan().IndexOfAny(Invisible);
        Assert.True(invisible < 0, $"{where} carries U+{(invisible < 0 ? 0 : text[invisible]):X4} at {invisible}");
    }

    private static readonly SearchValues<char> Invisible =
        SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200C\u200D\u2060\uFEFF");

    private static string Around(string text, int i) => text.Substring(Math.Max(0, i - 30), Math.Min(text.Length, i + 30) - Math.Max(0, i - 30));
}
