using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using RufaBot.Protocol;

namespace RufaBot.Turns;

/// <summary>
/// One message turn: load the user's state, decide (global request, dialog step, or start a dialog), save, then
/// send. Deciding touches nothing outside the loaded state, so when the save finds that another turn got there first,
/// the turn is simply decided again on the fresh state: no answer is lost and nothing is said twice.
/// </summary>
internal sealed class MessageTurn(
    FlowRunner runner,
    FlowCatalog catalog,
    GlobalIntents intents,
    ConversationStore store,
    FlowReplies replies,
    TimeProvider time,
    ILogger<MessageTurn> logger)
{
    private const int MaxAttempts = 3;

    public async Task RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var key = ConversationKey.For(turn.Activity);
        var input = MessageInput.From(turn);
        for (var attempt = 1; ; attempt++)
        {
            var state = await store.LoadAsync(key, cancellationToken);
            var messages = Decide(state, input, turn.Activity.Locale, UserNow(turn.Activity));
            try
            {
                if (state.Flow is null && state.Version > 0)
                    await store.DeleteAsync(key, state, cancellationToken);
                else if (state.Flow is not null)
                    await store.SaveAsync(key, state, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < MaxAttempts)
            {
                Log.StateConflict(logger, attempt);
                continue;
            }
            foreach (var message in messages)
                await turn.SendAsync(replies.Render(message, turn.Activity.ChannelId, turn.Activity.Locale), cancellationToken);
            return;
        }
    }

    private IReadOnlyList<BotMessage> Decide(ConversationState state, MessageInput input, string? locale, DateTimeOffset now)
    {
        var flow = state.Flow;
        if (flow is { IsActive: true })
        {
            if (input.StepId is { } step && step != flow.WaitingStepId)
                return [new TextMessage(catalog.Text("host.staleCard", locale)), .. Apply(state, runner.Resume(flow, locale, now))];
            if (intents.Answer(input.Text, locale) is { } answer)
            {
                runner.Pause(flow, now);
                return [.. answer, .. Apply(state, runner.OfferResume(flow, locale, now))];
            }
            return Apply(state, runner.Continue(flow, input.Input, locale, now));
        }

        state.Flow = null;
        if (input.StepId is not null || input.Input.Command is not null)
            return [new TextMessage(catalog.Text("host.noFlow", locale)), new TextMessage(catalog.Text("host.capabilities", locale))];
        foreach (var (wordsKey, flowId) in FlowTriggers.All)
            if (catalog.IsWord(wordsKey, input.Text, locale))
                return Apply(state, runner.Begin(flowId, locale, now));
        return intents.Answer(input.Text, locale) ?? [new TextMessage(catalog.Text("host.capabilities", locale))];
    }

    private static IReadOnlyList<BotMessage> Apply(ConversationState state, TurnResult result)
    {
        state.Flow = result.Status == FlowStatus.Waiting ? result.State : null;
        return result.Messages;
    }

    // "Yesterday" should mean the user's yesterday: use the offset their client reported, if any.
    private DateTimeOffset UserNow(Activity activity)
    {
        var now = time.GetUtcNow();
        return activity.LocalTimestamp is { } local ? now.ToOffset(local.Offset) : now;
    }
}
