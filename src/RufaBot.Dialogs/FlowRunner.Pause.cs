using RufaBot.Dialogs.State;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs;

public sealed partial class FlowRunner
{
    // The host is about to handle something else (a global intent, a question): the flow keeps
    // its place and the next Resume or OfferResume brings it back.
    public FlowState Pause(FlowState state, DateTimeOffset now)
    {
        if (!state.IsActive) throw new InvalidOperationException("No flow is waiting in this state.");
        state.Paused = true;
        state.Pending = PendingQuestion.None;
        state.UpdatedAt = now;
        return state;
    }

    // Picks the flow up again: says so and asks the current question again.
    public TurnResult Resume(FlowState state, string? locale, DateTimeOffset now)
    {
        var turn = NewTurn(locale, now);
        if (Stale(state, turn) is { } stale) return stale;
        state.UpdatedAt = now;
        return Resumed(state, turn);
    }

    // Asks "shall we continue <title>?"; yes re-asks the current question, no cancels the flow.
    public TurnResult OfferResume(FlowState state, string? locale, DateTimeOffset now)
    {
        var turn = NewTurn(locale, now);
        if (Stale(state, turn) is { } stale) return stale;
        state.UpdatedAt = now;
        state.Paused = false;
        return AskPending(state, PendingQuestion.ConfirmResume, turn);
    }

    private TurnResult Resumed(FlowState state, Turn turn)
    {
        state.Paused = false;
        state.Pending = PendingQuestion.None;
        turn.Say(EngineKeys.Resuming);
        return Ask(state, turn);
    }
}
