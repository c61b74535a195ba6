using System.Text.RegularExpressions;
using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// Turns the engine's messages into activities: questions become Adaptive Cards in Teams, and text with suggested
/// actions on other channels (where typed answers work the same way). A summary becomes a numbered list there, answered
/// with "submit" or "edit 2".
/// </summary>
internal sealed partial class FlowReplies(PromptCards cards, FlowCatalog catalog)
{
    private const int MaxSuggestedActions = 10;

    // Longest answer a text summary repeats; the engine keeps the full text.
    private const int SummaryAnswerLimit = 300;

    public Activity Render(BotMessage message, string? channelId, string? locale)
    {
        if (message is TextMessage text)
            return Replies.Text(WithoutUnfilledPlaceholders(text));
        if (message is not Prompt prompt)
            return Replies.Text(message.ToPlainText());
        if (channelId == "msteams")
        {
            var card = Replies.Card(cards.Render(prompt, locale));
            card.Summary = PreviewOf(prompt);
            return card;
        }

        var reply = Replies.Text(prompt.Kind == PromptKind.Summary ? SummaryText(prompt, locale) : prompt.ToPlainText());
        IEnumerable<string> buttons = prompt.Kind == PromptKind.Confirm
            ? [catalog.Text("engine.yes", locale), catalog.Text("engine.no", locale)]
            : prompt.Choices.Select(c => c.Text);
        var suggestions = buttons.Concat(prompt.Actions.Select(a => a.Label)).Take(MaxSuggestedActions)
            .Select(title => new CardAction { Type = "imBack", Title = title, Value = title }).ToList();
        if (suggestions.Count > 0)
            reply.SuggestedActions = new SuggestedActions { Actions = suggestions };
        return reply;
    }

    // What the chat list and the notification show instead of "Sent a card": where the person is and the question,
    // never an answer (a summary's preview is its heading, not its items).
    private static string PreviewOf(Prompt prompt)
    {
        var question = SummaryCard.Shorten(prompt.Text, PreviewLimit);
        return prompt.Progress is { } progress ? $"{progress}: {question}" : question;
    }

    private const int PreviewLimit = 80;

    private string SummaryText(Prompt prompt, string? locale)
    {
        var items = prompt.Items.Select(i => i with { Answer = SummaryCard.Shorten(i.Answer, SummaryAnswerLimit) }).ToList();
        var text = (prompt with { Items = items }).ToPlainText();
        return items.SequenceEqual(prompt.Items) ? text : text + Environment.NewLine + catalog.Text("host.summary.shortened", locale);
    }

    // A string of the tables may hold a placeholder for the host ({emergencyContacts}); one nobody filled is dropped,
    // with the blank lines around it, rather than shown to the user in braces.
    private static string WithoutUnfilledPlaceholders(TextMessage message) =>
        message.Key is null ? message.Text : BlankLines().Replace(Placeholder().Replace(message.Text, ""), "\n\n").Trim();

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)+")]
    private static partial Regex BlankLines();
}
