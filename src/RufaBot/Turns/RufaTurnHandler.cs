using Microsoft.Extensions.Caching.Distributed;
using RufaBot.Protocol;

namespace RufaBot.Turns;

/// <summary>
/// RufaBot's turn: welcome on install, then answer messages. Each conversation gets the welcome once, even though
/// Teams announces an install with both a conversationUpdate and an installationUpdate.
/// </summary>
internal sealed class RufaTurnHandler(IDistributedCache cache) : ActivityHandler
{
    private static readonly DistributedCacheEntryOptions WelcomeMemory = new() { SlidingExpiration = TimeSpan.FromDays(30) };

    protected override async Task OnBotAddedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = "rufa:welcomed:" + turn.ConversationId;
        if (await cache.GetAsync(key, cancellationToken) is not null)
            return;
        await cache.SetAsync(key, [1], WelcomeMemory, cancellationToken);
        await turn.SendAsync(Replies.Text(BotTexts.Welcome(turn.Activity.Conversation?.ConversationType)), cancellationToken);
    }

    protected override Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(Replies.Text(BotTexts.Help), cancellationToken);
}
