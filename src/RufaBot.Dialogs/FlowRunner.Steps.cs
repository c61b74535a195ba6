using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.State;
using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs;

public sealed partial class FlowRunner
{
    // Runs steps that need no input (messages, branches, calls, ends) until a question is asked
    // or the root flow completes.
    private TurnResult Advance(FlowState state, Turn turn)
    {
        for (var count = 0; ; count++)
        {
            var frame = state.Top;
            var flow = catalog.Flow(frame.FlowId);
            if (count > _options.MaxStepsPerTurn)
                throw new InvalidOperationException($"Dialog '{flow.Id}' ran {count} steps without asking anything; check its gotos.");

            if (frame.StepId == FlowDefinition.End)
            {
                if (Complete(state, turn) is { } done) return done;
                continue;
            }

            switch (flow.Find(frame.StepId))
            {
                case PromptStep p when PresetOf(state, frame, p.Id) is { } raw:
                    var preset = p.Parse(raw, turn.Parse);
                    if (preset.ErrorKey is not null)
                        throw new InvalidOperationException($"The preset answer to '{flow.Id}.{p.Id}' is not a valid answer.");
                    Record(frame, p.Id, preset.Answer);
                    frame.StepId = flow.NextOf(p);
                    break;
                case PromptStep when turn.Pausing:
                    // A pausing message was said: keep the draft and stop here; the question is asked on resume.
                    state.Paused = true;
                    return turn.Result(state, FlowStatus.Waiting);
                case PromptStep:
                    return Ask(state, turn);
                case MessageStep m:
                    Say(m, turn);
                    frame.StepId = flow.NextOf(m);
                    break;
                case BranchStep b:
                    frame.StepId = b.Target(frame) ?? flow.NextOf(b);
                    break;
                case CallStep c:
                    Push(state, catalog.Flow(c.Dialog), frame.Values.GetValueOrDefault(c.Id) as FlowAnswer);
                    break;
                case EndStep e:
                    if (e.TextKey is { } key) turn.Say(key);
                    frame.StepId = FlowDefinition.End;
                    break;
                default:
                    throw new InvalidOperationException($"Dialog '{flow.Id}' has no step '{frame.StepId}'.");
            }
        }
    }

    private static string? PresetOf(FlowState state, FlowFrame frame, string stepId) =>
        state.Preset is { } preset && ReferenceEquals(frame, state.Stack[0]) ? preset.GetValueOrDefault(stepId) : null;

    // A child started again (after "back") gets its earlier answers to prefill its questions.
    private static void Push(FlowState state, FlowDefinition flow, FlowAnswer? seed)
    {
        var frame = new FlowFrame { FlowId = flow.Id, Version = flow.Version, StepId = flow.Steps[0].Id };
        if (seed is not null)
        {
            foreach (var (id, answer) in seed.Values) frame.Values[id] = answer;
        }
        state.Stack.Add(frame);
    }

    // Pops the finished frame. For a child, its answers become the parent's call-step answer;
    // for the root, the turn ends with the result.
    private TurnResult? Complete(FlowState state, Turn turn)
    {
        var done = state.Top;
        state.Stack.RemoveAt(state.Stack.Count - 1);
        var answer = Collect(done);
        if (state.Stack.Count == 0)
        {
            var result = new FlowResult(answer.FlowId, answer.Values, answer.Path);
            return turn.Result(state, FlowStatus.Complete, result);
        }

        var parent = state.Top;
        var call = catalog.Flow(parent.FlowId).Find(parent.StepId)!;
        if (parent.ReturnTo is not null)
        {
            Reposition(parent, call.Id, answer, turn);
            return null;
        }
        Record(parent, call.Id, answer);
        parent.StepId = catalog.Flow(parent.FlowId).NextOf(call);
        return null;
    }

    // The root flow's answers given so far (a signal's host acts on what is known at that point), or null with no flow.
    public FlowResult? AnswersSoFar(FlowState state)
    {
        if (!state.IsActive) return null;
        var answer = Collect(state.Stack[0]);
        return new FlowResult(answer.FlowId, answer.Values, answer.Path);
    }

    private static FlowAnswer Collect(FlowFrame frame)
    {
        var values = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var id in frame.History)
        {
            if (frame.Values.TryGetValue(id, out var a)) values[id] = a;
        }
        return new FlowAnswer(frame.FlowId, values, [.. frame.History]);
    }

    private static void Record(FlowFrame frame, string stepId, Answer? answer)
    {
        if (answer is null) frame.Values.Remove(stepId);
        else frame.Values[stepId] = answer;
        frame.History.Remove(stepId);
        frame.History.Add(stepId);
        frame.Tries = 0;
    }
}
