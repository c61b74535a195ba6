using RufaBot.Cards;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using RufaBot.Languages;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// One message turn: load the user's state, decide (global request, dialog step, start a dialog, or a question for
/// the knowledge base), save, then send. Deciding touches nothing outside the loaded state, so when the save finds
/// that another turn got there first, the turn is simply decided again on the fresh state: no answer is lost and
/// nothing is said twice. Slow work (answering a question) runs after the state is safe.
/// </summary>
internal sealed class MessageTurn(
    FlowRunner runner,
    FlowCatalog catalog,
    GlobalIntents intents,
    ConversationStore store,
    FlowReplies replies,
    KnowledgeReplies knowledge,
    FeedbackReplies feedback,
    ConcernSubmission submission,
    IEnumerable<IChatCommand> commands,
    IEnumerable<IFlowCompletion> completions,
    IEnumerable<IFlowSignal> signals,
    ClosedCards closedCards,
    TimeProvider time,
    ILogger<MessageTurn> logger)
{
    private const int MaxAttempts = 3;

    private readonly IChatCommand[] _commands = [.. commands];

    private readonly Dictionary<string, IFlowCompletion> _completions = completions.ToDictionary(c => c.FlowId, StringComparer.Ordinal);

    private readonly Dictionary<(string FlowId, string Signal), IFlowSignal> _signals = signals.ToDictionary(s => (s.FlowId, s.Signal));

    public async Task RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await feedback.TryRecordAsync(turn, cancellationToken))
            return;
        var answered = await AnswerCommandAsync(turn, cancellationToken);
        var key = ConversationKey.For(turn.Activity);
        var input = MessageInput.From(turn);
        for (var attempt = 1; ; attempt++)
        {
            var state = await store.LoadAsync(key, cancellationToken);
            // The card of the last question is closed this turn, whatever the turn does.
            var open = state.OpenCard;
            state.OpenCard = null;
            var (messages, question, completed, raised, soFar) = answered is null
                ? Decide(state, input, turn.Activity, UserNow(turn.Activity))
                : SetAside(state, turn.Activity.Locale, UserNow(turn.Activity));
            // A signal (an emergency) is acted on now, before the dialog goes on; what it says comes before the next question.
            foreach (var signal in raised)
                if (soFar is not null && _signals.TryGetValue((soFar.FlowId, signal), out var handler))
                    messages = BeforeQuestion(messages, await handler.HandleAsync(soFar, state.DraftId ?? key, turn, cancellationToken));
            if (completed is not null && _completions.TryGetValue(completed.FlowId, out var completion))
            {
                var outcome = await completion.CompleteAsync(completed, state.DraftId ?? key, turn, cancellationToken);
                if (!outcome.Stored)
                {
                    // Nothing is saved: the stored draft still waits where it was (at its summary), ready for a retry.
                    foreach (var reply in outcome.Replies)
                        await turn.SendAsync(replies.Render(reply, turn.Activity.ChannelId, turn.Activity.Locale), cancellationToken);
                    return;
                }
                messages = [.. messages, .. outcome.Replies];
            }
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
            // Unless the submission just replaced that very card with the submitted card.
            if (open is not null && !(completed is not null && turn.Activity.ReplyToId == open.ActivityId && turn.Activity.Value is not null))
                await closedCards.CloseAsync(turn, open, stopped: completed is null && state.Flow is null, cancellationToken);
            foreach (var reply in answered ?? [])
                await turn.SendAsync(reply, cancellationToken);
            OpenCard? opened = null;
            foreach (var message in messages)
            {
                var rendered = message switch
                {
                    TextMessage { Key: "host.privateOnly" } redirect =>
                        PrivateChatLink.Reply(turn.Activity, redirect.Text, catalog.Text("host.openPrivateChat", turn.Activity.Locale)),
                    // In a shared conversation, help lists only what works there, and the way to the private chat.
                    TextMessage { Key: "host.capabilities" } when Shared(turn.Activity) =>
                        PrivateChatLink.Reply(turn.Activity, WithLanguageHint(catalog.Text("host.capabilitiesShared", turn.Activity.Locale), turn.Activity.Locale),
                            catalog.Text("host.openPrivateChat", turn.Activity.Locale)),
                    // Help always shows how to change the language, in every language.
                    TextMessage { Key: "host.capabilities" } help =>
                        replies.Render(help with { Text = WithLanguageHint(help.Text, turn.Activity.Locale) }, turn.Activity.ChannelId, turn.Activity.Locale),
                    _ => replies.Render(submission.Prepare(message, turn.Activity.Locale), turn.Activity.ChannelId, turn.Activity.Locale),
                };
                opened = ClosedCards.Opened(message, rendered, await turn.SendAsync(rendered, cancellationToken)) ?? opened;
            }
            await RememberOpenCardAsync(key, state, opened, cancellationToken);
            if (question is not null)
            {
                await turn.SendAsync(Replies.Typing(), cancellationToken);
                await turn.SendAsync(await knowledge.AnswerAsync(question, turn.Activity.ChannelId, turn.Activity.Locale, cancellationToken), cancellationToken);
            }
            return;
        }
    }

    private string WithLanguageHint(string text, string? locale) => text + "\n\n" + LanguageCommand.Hint(catalog, locale);

    // A second, small save once the card's id is known. Lost to a concurrent turn, the card simply stays open.
    private async Task RememberOpenCardAsync(string key, ConversationState state, OpenCard? opened, CancellationToken cancellationToken)
    {
        if (opened is null || state.Flow is null)
            return;
        state.OpenCard = opened;
        try
        {
            await store.SaveAsync(key, state, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            Log.StateConflict(logger, MaxAttempts);
        }
    }

    private async Task<IReadOnlyList<Activity>?> AnswerCommandAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var command in _commands)
            if (await command.TryAnswerAsync(turn, cancellationToken) is { } answer)
                return answer;
        return null;
    }

    /// <summary>
    /// What to say now, the question to answer from the knowledge base afterwards, a completed dialog to store, and the
    /// signals the dialog raised with the answers given so far.
    /// </summary>
    private readonly record struct Plan(IReadOnlyList<BotMessage> Messages, string? Question = null, FlowResult? Completed = null,
        IReadOnlyList<string>? Signals = null, FlowResult? SoFar = null)
    {
        public void Deconstruct(out IReadOnlyList<BotMessage> messages, out string? question, out FlowResult? completed,
            out IReadOnlyList<string> signals, out FlowResult? soFar) =>
            (messages, question, completed, signals, soFar) = (Messages, Question, Completed, Signals ?? [], SoFar);
    }

    private Plan Decide(ConversationState state, MessageInput input, Activity activity, DateTimeOffset now)
    {
        var locale = activity.Locale;
        var flow = state.Flow;
        if (flow is { IsActive: true })
        {
            // Drafts from before every draft had its own id get one: an unlinked report's keys come from it, never from the chat.
            state.DraftId ??= Guid.NewGuid().ToString("N");
            // A draft the user set aside ("not safe to talk now"): offer to pick it up, whatever they said.
            if (flow.Paused)
                return new Plan(Apply(state, runner.OfferResume(flow, locale, now)));
            if (input.StepId is { } step && step != flow.WaitingStepId)
                return new Plan([new TextMessage(catalog.Text("host.staleCard", locale)), .. Apply(state, runner.Resume(flow, locale, now))]);
            if (intents.Answer(input.Text, locale) is { } answer)
            {
                runner.Pause(flow, now);
                return new Plan([.. answer, .. Apply(state, runner.OfferResume(flow, locale, now))]);
            }
            // The words that start another dialog are not an answer to this one: say so, and ask whether to carry on
            // here (no stops this one, and the user can then start the other).
            if (StartedFlow(input.Text, locale) is { } other && other != flow.RootFlowId)
            {
                runner.Pause(flow, now);
                return new Plan([new TextMessage(catalog.Text("host.finishFirst", locale)), .. Apply(state, runner.OfferResume(flow, locale, now))]);
            }
            var alerted = EmergencyAlert.WasRaised(runner.AnswersSoFar(flow));
            var result = runner.Continue(flow, input.Input, locale, now);
            if (alerted)
                result = result with { Messages = EmergencyAlert.AfterAlert(result.Messages, catalog, locale) };
            var completed = result.Status == FlowStatus.Complete ? result.Result : null;
            var soFar = result.Signals.Count > 0 ? completed ?? runner.AnswersSoFar(result.State) : null;
            return new Plan(Apply(state, result), Completed: completed, Signals: result.Signals, SoFar: soFar);
        }

        state.Flow = null;
        state.DraftId = null;
        if (input.StepId is not null || input.Input.Command is not null)
            return new Plan([new TextMessage(catalog.Text("host.noFlow", locale)), new TextMessage(catalog.Text("host.capabilities", locale), "host.capabilities")]);
        if (StartedFlow(input.Text, locale) is { } flowId)
        {
            // Concerns are raised only where nobody else can read them.
            if (flowId == ConcernSubmission.FlowId && activity.Conversation?.ConversationType is "groupChat" or "channel")
                return new Plan([new TextMessage(catalog.Text("host.privateOnly", locale), "host.privateOnly")]);
            state.DraftId = Guid.NewGuid().ToString("N");
            return new Plan(Apply(state, runner.Begin(flowId, locale, now)));
        }
        if (intents.Answer(input.Text, locale) is { } reply)
            return new Plan(reply);
        return IsQuestion(input.Text)
            ? new Plan([], input.Text)
            : new Plan([new TextMessage(catalog.Text("host.capabilities", locale), "host.capabilities")]);
    }

    // A command answered the message: a dialog in progress waits, and the user is offered to carry on.
    private Plan SetAside(ConversationState state, string? locale, DateTimeOffset now)
    {
        if (state.Flow is not { IsActive: true } flow)
            return new Plan([]);
        runner.Pause(flow, now);
        return new Plan(Apply(state, runner.OfferResume(flow, locale, now)));
    }

    // The dialog that <paramref name="text"/> asks to start, if any.
    private string? StartedFlow(string? text, string? locale)
    {
        foreach (var (wordsKey, flowId) in FlowTriggers.All)
            if (catalog.IsWord(wordsKey, text, locale))
                return flowId;
        return null;
    }

    private static bool Shared(Activity activity) => activity.Conversation?.ConversationType is "groupChat" or "channel";

    // "help", a greeting or a single word gets the list of what RufaBot can do; anything longer is a question.
    private bool IsQuestion(string? text) =>
        text is { Length: > 0 } && !catalog.IsWord("host.words.menu", text, null) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3;

    private static IReadOnlyList<BotMessage> BeforeQuestion(IReadOnlyList<BotMessage> messages, IReadOnlyList<BotMessage> added) =>
        messages.Count > 0 && messages[^1] is Prompt ? [.. messages.Take(messages.Count - 1), .. added, messages[^1]] : [.. messages, .. added];

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
