using System.Text.Json;
using RufaBot.Cards;
using BotProtocol;
using RufaBot.Concerns;

namespace RufaBot.MyConcerns;

/// <summary>
/// After a concern is stored from its summary card (Teams), the summary, with every detail the reporter gave, is
/// replaced in the chat by a short card: the reference, what happens next and a "My concerns" button. Teams sends a
/// card's Action.Submit with <c>replyToId</c> = the card's activity id, which is what gets updated. When that id is
/// missing (the user typed "submit") or the update fails, the short card is sent instead.
/// </summary>
internal sealed class SubmittedCard(MyConcernsCards cards, ILogger<SubmittedCard> logger)
{
    /// <param name="stored">The reference, whether a focal point was assigned (the card says only what is true), and an
    /// unlinked report's passphrase.</param>
    public async Task ShowAsync(TurnContext turn, ConcernService.Submitted stored, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var card = Replies.Card(cards.Submitted(stored, activity.Locale));
        if (activity.Value is { ValueKind: JsonValueKind.Object } && activity.ReplyToId is { Length: > 0 } summaryId)
        {
            try
            {
                await turn.UpdateAsync(summaryId, card, cancellationToken);
                Log.SummaryReplaced(logger);
                return;
            }
            catch (ConnectorException exception)
            {
                Log.SummaryNotReplaced(logger, (int?)exception.StatusCode ?? 0);
            }
            card = Replies.Card(cards.Submitted(stored, activity.Locale));
        }
        await turn.SendAsync(card, cancellationToken);
    }
}
