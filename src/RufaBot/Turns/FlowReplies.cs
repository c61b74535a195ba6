using System.Text.Json;
using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using RufaBot.Protocol;

namespace RufaBot.Turns;

/// <summary>
/// Turns the engine's messages into activities: questions become Adaptive Cards in Teams, and text with suggested
/// actions on other channels (where typed answers work the same way).
/// </summary>
internal sealed class FlowReplies(PromptCards cards, FlowCatalog catalog)
{
    private const int MaxSuggestedActions = 10;

    public Activity Render(BotMessage message, string? channelId, string? locale)
    {
        if (message is not Prompt prompt)
            return Replies.Text(message.ToPlainText());
        if (channelId == "msteams")
            return Replies.Card(JsonSerializer.SerializeToElement(cards.Render(prompt, locale), CardJson.Default.JsonObject));

        var reply = Replies.Text(prompt.ToPlainText());
        IEnumerable<string> buttons = prompt.Kind == PromptKind.Confirm
            ? [catalog.Text("engine.yes", locale), catalog.Text("engine.no", locale)]
            : prompt.Choices.Select(c => c.Text);
        var suggestions = buttons.Concat(prompt.Actions.Select(a => a.Label)).Take(MaxSuggestedActions)
            .Select(title => new CardAction { Type = "imBack", Title = title, Value = title }).ToList();
        if (suggestions.Count > 0)
            reply.SuggestedActions = new SuggestedActions { Actions = suggestions };
        return reply;
    }
}
