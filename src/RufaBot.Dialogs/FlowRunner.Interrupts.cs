using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Input;
using RufaBot.Dialogs.Messages;
using RufaBot.Dialogs.Parsing;
using RufaBot.Dialogs.State;
using RufaBot.Dialogs.Steps;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs;

public sealed partial class FlowRunner
{
    // Step ids of the engine's own yes/no questions, as a card would key their answers.
    public const string CancelStepId = "$cancel";
    public const string StartOverStepId = "$startOver";
    public const string ResumeStepId = "$resume";

    private TurnResult AskPending(FlowState state, PendingQuestion question, Turn turn)
    {
        state.Pending = question;
        var strings = turn.Strings;
        var (id, text) = question switch
        {
            PendingQuestion.ConfirmCancel => (CancelStepId, strings.Text(EngineKeys.ConfirmCancel)),
            PendingQuestion.ConfirmStartOver => (StartOverStepId, strings.Text(EngineKeys.ConfirmStartOver)),
            _ => (ResumeStepId, strings.Format(EngineKeys.ConfirmResume, ("title", catalog.Title(state.Stack[0].FlowId, strings.Language)))),
        };
        turn.Messages.Add(new Prompt
        {
            FlowId = state.Top.FlowId,
            StepId = id,
            Kind = PromptKind.Confirm,
            Text = text,
            Choices = YesNo.Choices(strings),
        });
        return turn.Result(state, FlowStatus.Waiting);
    }

    // Yes or no settles the pending question. Anything else is taken as "no, carry on" and
    // handled as an answer to the current step, so the user is never stuck on our question.
    private TurnResult? AnswerPending(FlowState state, UserInput input, Turn turn)
    {
        var question = state.Pending;
        var id = question switch
        {
            PendingQuestion.ConfirmCancel => CancelStepId,
            PendingQuestion.ConfirmStartOver => StartOverStepId,
            _ => ResumeStepId,
        };
        var raw = input.Fields is { } fields ? Field(fields, id) : input.Text;
        var command = input.Command
            ?? (raw is not null && turn.Strings.Commands.TryGetValue(TextFold.Fold(raw), out var typed) ? typed : null);
        bool? yes = command switch
        {
            // Saying "cancel" again to "do you want to cancel?" means yes.
            FlowCommand.Cancel when question == PendingQuestion.ConfirmCancel => true,
            FlowCommand.StartOver when question == PendingQuestion.ConfirmStartOver => true,
            _ => raw is null ? null : YesNo.Parse(raw, catalog.Strings),
        };
        state.Pending = PendingQuestion.None;
        return (question, yes) switch
        {
            (_, null) => null,
            (PendingQuestion.ConfirmCancel, true) or (PendingQuestion.ConfirmResume, false) => Cancel(state, turn),
            (PendingQuestion.ConfirmStartOver, true) => StartOver(state, turn),
            (PendingQuestion.ConfirmResume, true) => Resumed(state, turn),
            _ => Ask(state, turn),
        };
    }

    private static TurnResult Cancel(FlowState state, Turn turn)
    {
        state.Stack.Clear();
        turn.Say(EngineKeys.Cancelled);
        return turn.Result(state, FlowStatus.Cancelled);
    }

    private TurnResult StartOver(FlowState state, Turn turn)
    {
        var root = catalog.Flow(state.Stack[0].FlowId);
        state.Stack.Clear();
        turn.Say(EngineKeys.StartingOver);
        Push(state, root, seed: null);
        return Advance(state, turn);
    }

    private TurnResult Back(FlowState state, Turn turn)
    {
        // Back from a question opened from a summary returns to the summary with the answer unchanged.
        if (state.Top is { ReturnTo: { } summary } frame && frame.History.Contains(frame.StepId))
        {
            frame.StepId = summary;
            frame.ReturnTo = null;
            frame.Kept.Clear();
            frame.Tries = 0;
            return Ask(state, turn);
        }
        if (!state.CanGoBack)
        {
            turn.Say(EngineKeys.NoPrevious);
            return Ask(state, turn);
        }
        GoBack(state);
        return Advance(state, turn);
    }

    // Steps back to the last answered question, out of a child flow or into one as needed.
    // Answers stay in Values so the question shows what was said before.
    private void GoBack(FlowState state)
    {
        while (true)
        {
            var frame = state.Top;
            if (frame.History.Count == 0)
            {
                if (state.Stack.Count == 1) return;
                state.Stack.RemoveAt(state.Stack.Count - 1);
                // Keep the child's partial answers with the call step to prefill it next time.
                var parent = state.Top;
                parent.Values[parent.StepId] = new FlowAnswer(frame.FlowId, frame.Values, []);
                continue;
            }

            var id = frame.History[^1];
            frame.History.RemoveAt(frame.History.Count - 1);
            frame.StepId = id;
            frame.Tries = 0;
            // A preset question was never asked: back goes past it to the question before.
            if (PresetOf(state, frame, id) is not null) continue;
            if (catalog.Flow(frame.FlowId).Find(id) is not CallStep) return;
            if (frame.Values.GetValueOrDefault(id) is FlowAnswer { Path.Count: > 0 } child)
            {
                var flow = catalog.Flow(child.FlowId);
                var inner = new FlowFrame { FlowId = flow.Id, Version = flow.Version, StepId = FlowDefinition.End };
                foreach (var (key, answer) in child.Values) inner.Values[key] = answer;
                inner.History.AddRange(child.Path);
                state.Stack.Add(inner);
            }
        }
    }
}
