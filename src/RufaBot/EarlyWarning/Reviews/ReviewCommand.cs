using Microsoft.Extensions.Options;
using RufaBot.Dialogs;
using RufaBot.EarlyWarning.Brief;
using RufaBot.Escalation.Actions;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.EarlyWarning.Reviews;

/// <summary>
/// "review HR-XXXX-XXXX" in a personal chat, for the review role only: the closed concern's decision timeline as a
/// card, with signed links to the same timeline as CSV and XLSX. Anyone else gets one answer whatever the reference,
/// so the command tells them nothing of which concerns exist.
/// </summary>
internal sealed class ReviewCommand(ReviewService reviews, ReviewCard cards, BriefLinks links, IOptionsMonitor<EarlyWarningOptions> options,
    FlowCatalog catalog) : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var words = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length is 0 or > 2 || !catalog.IsWord("ew.words.review", words[0], turn.Activity.Locale))
            return null;
        var locale = turn.Activity.Locale;
        var aad = turn.Activity.From?.AadObjectId;
        if (CardActionRequest.IsShared(turn.Activity) || !reviews.IsReviewer(aad))
            return [Replies.Text(catalog.Text("ew.review.notAllowed", locale))];
        if (words.Length < 2)
            return [Replies.Text(catalog.Text("ew.review.usage", locale))];

        var (record, refusal) = await reviews.OpenAsync(aad, words[1], "card", cancellationToken);
        if (record is null)
            return [Replies.Text(catalog.Text(refusal == ReviewService.Refusal.NotClosed ? "ew.review.notClosed" : "ew.review.notFound", locale)
                .Replace("{reference}", words[1].ToUpperInvariant(), StringComparison.Ordinal))];
        var card = cards.Render(record, links.ForReview(record.ConcernId, aad!, BriefDelivery.Csv), links.ForReview(record.ConcernId, aad!, BriefDelivery.Xlsx),
            options.CurrentValue.Brief.LinkLifetime, locale);
        return [Replies.Card(card)];
    }
}
