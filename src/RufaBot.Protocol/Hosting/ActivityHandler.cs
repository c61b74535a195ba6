namespace BotProtocol;

/// <summary>
/// Dispatches an activity to a method per type. Types it does not know are ignored, as the protocol requires.
/// Override only what the bot handles.
/// </summary>
public abstract class ActivityHandler : IBot
{
    /// <inheritdoc />
    public virtual async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>A message: text (bot mentions already removed) and/or a card submit <c>value</c>.</summary>
    protected virtual Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Members joined or left, or a Teams team/channel event. Calls <see cref="OnBotAddedAsync"/> when the bot itself joined.</summary>
    protected virtual Task OnConversationUpdateAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var botId = turn.Activity.Recipient?.Id;
        var botAdded = botId is not null && turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true;
        return botAdded ? OnBotAddedAsync(turn, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>The app was installed (<c>add</c>, <c>add-upgrade</c>) or removed. Calls <see cref="OnBotAddedAsync"/> on install.</summary>
    protected virtual Task OnInstallationUpdateAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Action is "add" or "add-upgrade" ? OnBotAddedAsync(turn, cancellationToken) : Task.CompletedTask;

    /// <summary>The bot was added to the conversation (may be called for both the conversationUpdate and the installationUpdate).</summary>
    protected virtual Task OnBotAddedAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reactions were added to or removed from a message.</summary>
    protected virtual Task OnMessageReactionAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An invoke; the default answers 501 Not Implemented, as the protocol requires for unknown invokes.</summary>
    protected virtual Task<InvokeResponse> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(501));
}
