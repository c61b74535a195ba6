using System.Text.Json.Nodes;
using BotProtocol;

namespace RufaBot.Cards;

/// <summary>
/// A button that works like typing: its caption, and the words it sends as the user's message. A card has at most one
/// <see cref="Primary"/> button, the action most people come for.
/// </summary>
internal sealed record SayButton(string Title, string Say, bool Primary = false);

/// <summary>
/// A short text with buttons that send words as if typed. In Teams an Adaptive Card whose buttons are
/// <c>Action.Submit</c> with the data <c>{"rufa":"say","say":WORDS}</c>, which the bot reads as typed words
/// (<see cref="WordsOf"/>): data that every client posts, where <c>msteams.imBack</c> is refused by the Agents
/// Playground. Elsewhere a text with suggested actions of type imBack, which send the words. On a card, an optional
/// title comes first and the primary button stands alone, filled, above the others.
/// </summary>
internal static class ButtonReply
{
    private const string Kind = "say";

    private const int MaxInOneRow = 3;
    private const int RowWidth = 2;

    public static Activity Create(IReadOnlyList<string> paragraphs, IReadOnlyList<SayButton> buttons, string? channelId, string? title = null)
    {
        if (channelId == "msteams")
            return Replies.Card(Card(paragraphs, buttons, title));
        var reply = Replies.Text(string.Join("\n\n", paragraphs));
        if (buttons.Count > 0)
            reply.SuggestedActions = new SuggestedActions { Actions = [.. buttons.Select(b => new CardAction { Type = "imBack", Title = b.Title, Value = b.Say })] };
        return reply;
    }

    public static JsonObject Card(IReadOnlyList<string> paragraphs, IReadOnlyList<SayButton> buttons, string? title = null)
    {
        if (buttons.Count(b => b.Primary) > 1)
            throw new ArgumentException("A card has one primary button at most.", nameof(buttons));
        var body = new JsonArray();
        if (title is not null)
            body.Add(AdaptiveCard.TextBlock(title, bold: true, size: "Medium"));
        foreach (var paragraph in paragraphs)
            body.Add(AdaptiveCard.TextBlock(paragraph));
        // Five equal buttons leave the reader to find the one they came for: it goes first, alone and filled.
        if (buttons.FirstOrDefault(b => b.Primary) is { } primary)
        {
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray(Button(primary)) });
            buttons = [.. buttons.Where(b => !b.Primary)];
        }
        if (buttons.Count <= MaxInOneRow)
            return AdaptiveCard.Create(body, [.. buttons.Select(b => (JsonNode)Button(b))]);
        // Teams lays a card's actions out in one row and cuts their titles short when there are many, so longer lists
        // go in rows of two inside the body.
        foreach (var row in buttons.Chunk(RowWidth))
            body.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. row.Select(b => (JsonNode)Button(b))]) });
        return AdaptiveCard.Create(body);
    }

    /// <summary>Every button of a card built here, in the order shown: those in the body, then the card's actions.</summary>
    public static IEnumerable<JsonObject> Buttons(JsonObject card) =>
        card["body"]!.AsArray().Where(b => (string?)b!["type"] == "ActionSet").SelectMany(b => b!["actions"]!.AsArray()).Concat(card["actions"]!.AsArray())
            .Select(a => a!.AsObject());

    /// <summary>The words a pressed button of this kind stands for; null for any other message.</summary>
    public static string? WordsOf(Activity activity) =>
        activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object } value
        && value.TryGetProperty("rufa", out var kind) && kind.ValueKind == System.Text.Json.JsonValueKind.String && kind.ValueEquals(Kind)
        && value.TryGetProperty(Kind, out var words) && words.ValueKind == System.Text.Json.JsonValueKind.String
            ? words.GetString()
            : null;

    private static JsonObject Button(SayButton button) =>
        AdaptiveCard.Submit(button.Title, new JsonObject { ["rufa"] = Kind, [Kind] = button.Say }, primary: button.Primary);
}
