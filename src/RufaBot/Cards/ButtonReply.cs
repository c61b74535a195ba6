using System.Text.Json;
using System.Text.Json.Nodes;
using RufaBot.Protocol;

namespace RufaBot.Cards;

/// <summary>A button that works like typing: its caption, and the words it sends as the user's message.</summary>
internal sealed record SayButton(string Title, string Say);

/// <summary>
/// A short text with buttons that send words as if typed. In Teams an Adaptive Card whose buttons are
/// <c>Action.Submit</c> with <c>msteams.imBack</c>, which Teams posts as an ordinary message with that text; elsewhere
/// a text with suggested actions of type imBack, which do the same.
/// </summary>
internal static class ButtonReply
{
    public static Activity Create(IReadOnlyList<string> paragraphs, IReadOnlyList<SayButton> buttons, string? channelId)
    {
        if (channelId == "msteams")
            return Replies.Card(JsonSerializer.SerializeToElement(Card(paragraphs, buttons), CardJson.Default.JsonObject));
        var reply = Replies.Text(string.Join("\n\n", paragraphs));
        if (buttons.Count > 0)
            reply.SuggestedActions = new SuggestedActions { Actions = [.. buttons.Select(b => new CardAction { Type = "imBack", Title = b.Title, Value = b.Say })] };
        return reply;
    }

    public static JsonObject Card(IReadOnlyList<string> paragraphs, IReadOnlyList<SayButton> buttons)
    {
        var body = new JsonArray();
        foreach (var paragraph in paragraphs)
            body.Add(AdaptiveCard.TextBlock(paragraph));
        var actions = new JsonArray();
        foreach (var button in buttons)
            actions.Add(Button(button));
        return AdaptiveCard.Create(body, actions);
    }

    private static JsonObject Button(SayButton button) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = button.Title,
        ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = button.Say } },
    };
}
