using Microsoft.Extensions.Caching.Distributed;
using RufaBot.Cards;
using RufaBot.Dialogs;
using RufaBot.Escalation.Actions;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// RufaBot's turn: welcome on install, dialogs and requests on messages. Each conversation gets the welcome once,
/// although Teams announces an install with both a conversationUpdate and an installationUpdate.
/// </summary>
internal sealed class RufaTurnHandler(IDistributedCache cache, FlowCatalog catalog, MessageTurn messages, CardActionInvoke? cardActions = null) : ActivityHandler
{
    private static readonly DistributedCacheEntryOptions WelcomeMemory = new() { SlidingExpiration = TimeSpan.FromDays(30) };

    protected override async Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // After an uninstall, a later install deserves a welcome again.
        if (turn.Activity.Action is "remove" or "remove-upgrade")
            await cache.RemoveAsync(WelcomedKey(turn), cancellationToken);
        await base.OnInstallationUpdateAsync(turn, cancellationToken);
    }

    protected override async Task OnBotAddedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = WelcomedKey(turn);
        if (await cache.GetAsync(key, cancellationToken) is not null)
            return;
        await cache.SetAsync(key, [1], WelcomeMemory, cancellationToken);
        var locale = turn.Activity.Locale;
        var shared = turn.Activity.Conversation?.ConversationType is "channel" or "groupChat";
        await turn.SendAsync(WelcomeCard.Create(catalog, turn.Activity, shared), cancellationToken);
    }

    private static string WelcomedKey(TurnContext turn) => "rufa:welcomed:" + turn.ConversationId;

    protected override Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // A button that stands for words (the welcome's, say) is read as if they were typed.
        if (turn.Text.Length == 0 && ButtonReply.WordsOf(turn.Activity) is { Length: > 0 } words)
            turn.ReadAsTyped(words);
        return messages.RunAsync(turn, cancellationToken);
    }

    /// <summary>Escalation card buttons (Universal Actions); any other invoke is not implemented (501).</summary>
    protected override async Task<InvokeResponse> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken) =>
        (cardActions is null ? null : await cardActions.TryAnswerAsync(turn, cancellationToken))
        ?? await base.OnInvokeAsync(turn, cancellationToken);
}
