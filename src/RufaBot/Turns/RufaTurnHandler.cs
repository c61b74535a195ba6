using Microsoft.Extensions.Caching.Distributed;
using RufaBot.Dialogs;
using RufaBot.Protocol;

namespace RufaBot.Turns;

/// <summary>
/// RufaBot's turn: welcome on install, dialogs and requests on messages. Each conversation gets the welcome once,
/// although Teams announces an install with both a conversationUpdate and an installationUpdate.
/// </summary>
internal sealed class RufaTurnHandler(IDistributedCache cache, FlowCatalog catalog, MessageTurn messages) : ActivityHandler
{
    private static readonly DistributedCacheEntryOptions WelcomeMemory = new() { SlidingExpiration = TimeSpan.FromDays(30) };

    protected override async Task OnBotAddedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = "rufa:welcomed:" + turn.ConversationId;
        if (await cache.GetAsync(key, cancellationToken) is not null)
            return;
        await cache.SetAsync(key, [1], WelcomeMemory, cancellationToken);
        var locale = turn.Activity.Locale;
        var shared = turn.Activity.Conversation?.ConversationType is "channel" or "groupChat";
        var text = catalog.Text("host.welcome", locale) + "\n\n"
            + (shared ? catalog.Text("host.welcomeShared", locale) + "\n\n" : "")
            + catalog.Text("host.capabilities", locale);
        await turn.SendAsync(Replies.Text(text), cancellationToken);
    }

    protected override Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) =>
        messages.RunAsync(turn, cancellationToken);
}
