using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.State;
using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs;

public sealed partial class FlowRunner
{
    private readonly record struct Walked(List<string> Path, List<MessageStep> Messages, string Stop);

    // Records an answer given while editing from a summary, then finds where to go: the flow is walked again from
    // its first step over the answers already given, so branches see the new answer. The walk stops at the first
    // question on the new path that was never answered (asked next, then the walk resumes) or at the summary; it
    // passes a summary into the more details the person added, and ends back there.
    // Messages the new path passes and the old one did not (an emergency note after a changed answer) are said;
    // the others are not repeated.
    private void Reposition(FlowFrame frame, string stepId, Answer? answer, Turn turn)
    {
        var flow = catalog.Flow(frame.FlowId);
        var before = Walk(flow, frame, Known(frame), stopAtUnknown: false).Messages;
        Record(frame, stepId, answer);
        var known = Known(frame);
        var after = Walk(flow, frame, known, stopAtUnknown: true);

        foreach (var message in after.Messages.Where(m => !before.Contains(m))) Say(message, turn);
        frame.History.Clear();
        frame.History.AddRange(after.Path);
        frame.Kept.Clear();
        frame.StepId = after.Stop;
        if (flow.Find(after.Stop) is CallStep or PromptStep and not SummaryStep)
            frame.Kept.AddRange(known.Where(id => !after.Path.Contains(id)));
        else
            frame.ReturnTo = null;
    }

    // Answered (or skipped) questions: those on the path, then those kept beyond the question being asked.
    private static List<string> Known(FlowFrame frame) => [.. frame.History.Union(frame.Kept)];

    // Follows the flow from its first step as Advance would, without asking: known questions are passed with their
    // answers, unknown ones stop the walk or (stopAtUnknown false, to trace the old path) are passed unanswered.
    private Walked Walk(FlowDefinition flow, FlowFrame frame, List<string> known, bool stopAtUnknown)
    {
        var path = new List<string>();
        var messages = new List<MessageStep>();
        // Conditions see only the answers on the path walked so far, exactly as during the first run.
        var view = new FlowFrame { FlowId = frame.FlowId, Values = frame.Values, History = path };
        var id = flow.Steps[0].Id;
        // Set once the walk passes a summary into the more details the person added: it ends back there.
        string? summary = null;
        for (var count = 0; count <= _options.MaxStepsPerTurn; count++)
        {
            var step = id == FlowDefinition.End ? null : flow.Find(id);
            switch (step)
            {
                case SummaryStep { More: { } more } s when summary is null && known.Contains(more):
                    summary = s.Id;
                    id = more;
                    continue;
                case null or EndStep or SummaryStep:
                    return new(path, messages, id);
                // A question met twice is a loop the first run asked again: stop there and ask it again too.
                case PromptStep or CallStep when path.Contains(id):
                    return new(path, messages, id);
                case PromptStep or CallStep when known.Contains(id):
                    path.Add(id);
                    break;
                // Past the summary, a question never answered is one the person chose not to add: back to the summary.
                case PromptStep or CallStep when stopAtUnknown:
                    return new(path, messages, summary ?? id);
                case MessageStep m:
                    messages.Add(m);
                    break;
                case BranchStep b:
                    id = b.Target(view) ?? flow.NextOf(b);
                    continue;
            }
            id = flow.NextOf(step);
        }
        throw new InvalidOperationException($"Dialog '{flow.Id}' ran {_options.MaxStepsPerTurn} steps without reaching a question; check its gotos.");
    }

    private static void Say(MessageStep message, Turn turn)
    {
        turn.Say(message.TextKey);
        if (message.Pause) turn.Pausing = true;
        if (message.Signal is { } signal) turn.Signals.Add(signal);
    }
}
