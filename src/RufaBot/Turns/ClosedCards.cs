using RufaBot.Cards;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// A question card of a dialog stays in the Teams chat after it is answered, with the answer filled in and live
/// buttons, unless it is replaced. So the last card sent is remembered (<see cref="OpenCard"/>) and, on the next turn
/// of the conversation, replaced by a closed card: the question and "Answered" (or "Stopped"), never the answer, and no
/// button. A summary card closes to a line that says the details are no longer shown.
/// </summary>
internal sealed class ClosedCards(FlowCatalog catalog, ILogger<ClosedCards> logger)
{
    // Longest question a closed card repeats: enough to recognise it, never a wall of text.
    private const int QuestionLimit = 160;

    /// <summary>The card to close next turn, if <paramref name="message"/> was a question sent as a card.</summary>
    public static OpenCard? Opened(BotMessage message, Activity rendered, ResourceResponse sent) =>
        message is Prompt prompt && rendered.Attachments is { Count: > 0 } && sent.Id is { Length: > 0 } id
            ? new OpenCard(id, Shorten(prompt.Text), prompt.Kind == PromptKind.Summary)
            : null;

    public async Task CloseAsync(TurnContext turn, OpenCard card, bool stopped, CancellationToken cancellationToken)
    {
        var locale = turn.Activity.Locale;
        var body = card.IsSummary
            ? [AdaptiveCard.TextBlock(catalog.Text(stopped ? "host.card.summaryStopped" : "host.card.summaryClosed", locale), subtle: true)]
            : new System.Text.Json.Nodes.JsonArray
            {
                AdaptiveCard.TextBlock(CardText.Escape(card.Question), subtle: true),
                AdaptiveCard.TextBlock(catalog.Text(stopped ? "host.card.stopped" : "host.card.answered", locale), bold: true),
            };
        try
        {
            await turn.UpdateAsync(card.ActivityId, Replies.Card(AdaptiveCard.Create(body)), cancellationToken);
        }
        catch (ConnectorException exception)
        {
            // The card stays as it was; the dialog itself goes on. A later press of it is answered as a stale card.
            Log.CardNotClosed(logger, (int?)exception.StatusCode ?? 0);
        }
    }

    private static string Shorten(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= QuestionLimit ? line : line[..(QuestionLimit - 1)] + "…";
    }
}
