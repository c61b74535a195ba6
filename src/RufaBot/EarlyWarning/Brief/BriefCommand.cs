using Microsoft.Extensions.Options;
using RufaBot.Dialogs;
using RufaBot.Escalation.Actions;
using RufaBot.Escalation.Sla;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// "brief [region] [2026-Q4]" in a personal chat, for the B3 secretariat and B4 only: the Regional Quarterly Review
/// brief of the region (the only one when there is one) for the quarter (by default the one ending before the next
/// regional review date).
/// </summary>
internal sealed class BriefCommand(BriefAudience audience, BriefService briefs, BriefDelivery delivery, IOptionsMonitor<SlaOptions> sla,
    FlowCatalog catalog, TimeProvider time) : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var words = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || words.Length > 3 || !catalog.IsWord("ew.words.brief", words[0], turn.Activity.Locale))
            return null;
        var locale = turn.Activity.Locale;
        if (CardActionRequest.IsShared(turn.Activity) || turn.Activity.From?.AadObjectId is not { Length: > 0 } aad
            || !await audience.MayReceiveAsync(aad, cancellationToken))
            return [Replies.Text(catalog.Text("ew.brief.notAllowed", locale))];

        var regions = briefs.Regions;
        string? region = regions.Count == 1 ? regions[0] : null;
        var quarter = Quarter.ForNextReview(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), sla.CurrentValue.RegionalReviewDates);
        foreach (var word in words.Skip(1))
        {
            if (Quarter.TryParse(word, out var asked))
                quarter = asked;
            else if (regions.FirstOrDefault(r => r.Equals(word, StringComparison.OrdinalIgnoreCase)) is { } named)
                region = named;
            else
                region = null;
        }
        if (region is null)
            return [Replies.Text(catalog.Text("ew.brief.usage", locale).Replace("{regions}", regions.Count == 0 ? "–" : string.Join(", ", regions), StringComparison.Ordinal))];
        var (_, messageFor) = await delivery.PrepareAsync(region, quarter, cancellationToken);
        return [messageFor(locale)];
    }
}
