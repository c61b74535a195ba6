using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.State;
using RufaBot.Dialogs.Steps;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs;

// Runs dialogs as a stack with three verbs: Begin a flow, Continue it with the user's input,
// Resume it after the host paused it. Stateless itself: all state is the FlowState passed in,
// which it updates in place and returns. Safe to share as a singleton.
public sealed partial class FlowRunner(FlowCatalog catalog, FlowRunnerOptions? options = null)
{
    private readonly FlowRunnerOptions _options = options ?? new FlowRunnerOptions();

    public FlowCatalog Catalog => catalog;

    // A host may answer some of the root flow's questions itself (preset): a channel that offers fewer choices than
    // the dialog (the web door's one consent mode) skips the question instead of rewording it.
    public TurnResult Begin(string flowId, string? locale, DateTimeOffset now, IReadOnlyDictionary<string, string>? preset = null)
    {
        var state = new FlowState { UpdatedAt = now, Preset = preset is { Count: > 0 } ? new(preset, StringComparer.Ordinal) : null };
        var turn = NewTurn(locale, now);
        Push(state, catalog.Flow(flowId), seed: null);
        return Advance(state, turn);
    }

    public TurnResult Continue(FlowState state, UserInput input, string? locale, DateTimeOffset now)
    {
        var turn = NewTurn(locale, now);
        if (Stale(state, turn) is { } stale) return stale;
        state.UpdatedAt = now;
        state.Paused = false;
        if (input.Command is null && input.Fields is null && CryForHelp.IsCry(input.Text))
        {
            // Someone in danger, not lost in the form: safety first, then the question is still there.
            state.Pending = PendingQuestion.None;
            turn.Say(EngineKeys.CryForHelp);
            return Ask(state, turn);
        }
        if (state.Pending != PendingQuestion.None && AnswerPending(state, input, turn) is { } answered) return answered;

        var (frame, step) = Current(state);
        switch (CommandOf(input, turn))
        {
            case FlowCommand.Cancel: return AskPending(state, PendingQuestion.ConfirmCancel, turn);
            case FlowCommand.StartOver: return AskPending(state, PendingQuestion.ConfirmStartOver, turn);
            case FlowCommand.Back: return Back(state, turn);
            case FlowCommand.Help:
                turn.SayText(step.HelpText(turn.Strings));
                return Ask(state, turn);
            case FlowCommand.Skip when !step.Spec.Optional:
                return Refuse(state, Parsed.Fail(EngineKeys.CannotSkip), turn);
            case FlowCommand.Skip:
                return Accept(state, frame, step, null, turn);
            case FlowCommand.Review when frame.AddingTo is { } addingTo:
                frame.MoreFrom = frame.StepId;
                frame.StepId = addingTo;
                frame.Tries = 0;
                return Ask(state, turn);
        }

        if (step is SummaryStep summary) return Review(state, frame, summary, input, turn);
        var parsed = Read(input, step, turn);
        return parsed.ErrorKey is null
            ? Accept(state, frame, step, parsed.Answer, turn)
            : Refuse(state, parsed, turn, RawOf(input, step));
    }

    public bool IsExpired(FlowState state, DateTimeOffset now) =>
        state.IsActive && now - state.UpdatedAt > _options.IdleTimeout;

    // True when a dialog file changed under a draft: flow gone, version bumped, or step removed.
    public bool IsOutdated(FlowState state)
    {
        for (var i = 0; i < state.Stack.Count; i++)
        {
            var frame = state.Stack[i];
            var step = catalog.Find(frame.FlowId) is { } flow && flow.Version == frame.Version ? flow.Find(frame.StepId) : null;
            var fits = i == state.Stack.Count - 1 ? step is PromptStep : step is CallStep;
            if (!fits) return true;
        }
        return false;
    }

    private Turn NewTurn(string? locale, DateTimeOffset now) => new(catalog.Strings, catalog.Strings.For(locale), now);

    private (FlowFrame Frame, PromptStep Step) Current(FlowState state)
    {
        var frame = state.Top;
        return (frame, (PromptStep)catalog.Flow(frame.FlowId).Find(frame.StepId)!);
    }

    private TurnResult? Stale(FlowState state, Turn turn)
    {
        if (!state.IsActive) throw new InvalidOperationException("No flow is waiting in this state; call Begin.");
        var status = IsExpired(state, turn.Now) ? FlowStatus.Expired : IsOutdated(state) ? FlowStatus.Outdated : FlowStatus.Waiting;
        if (status == FlowStatus.Waiting) return null;
        state.Stack.Clear();
        state.Pending = PendingQuestion.None;
        turn.Say(status == FlowStatus.Expired ? EngineKeys.Expired : EngineKeys.Outdated);
        return turn.Result(state, status);
    }
}
