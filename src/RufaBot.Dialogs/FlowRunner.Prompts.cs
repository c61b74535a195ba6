using System.Globalization;
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
    private TurnResult Accept(FlowState state, FlowFrame frame, PromptStep step, Answer? answer, Turn turn)
    {
        if (frame.ReturnTo is not null)
        {
            Reposition(frame, step.Id, answer, turn);
            return Advance(state, turn);
        }
        Record(frame, step.Id, answer);
        frame.StepId = catalog.Flow(frame.FlowId).NextOf(step);
        return Advance(state, turn);
    }

    private TurnResult Refuse(FlowState state, Parsed parsed, Turn turn, string? rejected = null)
    {
        state.Top.Tries++;
        return Ask(state, turn, turn.Strings.Format(parsed.ErrorKey!, parsed.Args), rejected);
    }

    // (Re-)asks the current step; after MaxTries failures the prompt carries the way out.
    private TurnResult Ask(FlowState state, Turn turn, string? error = null, string? rejected = null)
    {
        var (frame, step) = Current(state);
        var strings = turn.Strings;
        var current = frame.Values.GetValueOrDefault(step.Id);
        var stuck = frame.Tries >= _options.MaxTries;
        if (step is SummaryStep) frame.AddingTo = null;
        var prompt = new Prompt
        {
            FlowId = frame.FlowId,
            StepId = step.Id,
            Kind = step.Kind,
            Text = strings.Text(step.Spec.TextKey),
            Progress = ProgressOf(state, frame, step, strings),
            Help = step.Spec.HelpKey is { } help ? strings.Text(help) : null,
            Optional = step.Spec.Optional,
            Current = current,
            CurrentText = current is null ? null : step.Display(current, strings),
            Error = error,
            Rejected = string.IsNullOrWhiteSpace(rejected) ? null : rejected,
            Offer = stuck ? strings.Text(step.Spec.Optional ? EngineKeys.StuckOptional : EngineKeys.Stuck) : null,
            Tries = frame.Tries,
            Actions = Actions(state, step, strings),
        };
        turn.Messages.Add(step is SummaryStep summary ? Summarize(prompt, state, frame, summary, strings) : step.Describe(prompt, strings));
        return turn.Result(state, FlowStatus.Waiting);
    }

    // "Question 3 of 7", counting only the questions this person is asked: a host's preset answers are left out.
    private string? ProgressOf(FlowState state, FlowFrame frame, PromptStep step, StringTable strings)
    {
        if (catalog.Flow(frame.FlowId).ProgressOf(step.Id) is not { } at) return null;
        var asked = at.Stage.Where(id => PresetOf(state, frame, id) is null).ToList();
        return strings.Format(at.TextKey, ("position", (asked.IndexOf(step.Id) + 1).ToString(CultureInfo.InvariantCulture)),
            ("total", asked.Count.ToString(CultureInfo.InvariantCulture)));
    }

    private static List<PromptAction> Actions(FlowState state, PromptStep step, StringTable strings)
    {
        var actions = new List<PromptAction>(4) { Action(FlowCommand.Help, strings) };
        if (state.CanGoBack) actions.Add(Action(FlowCommand.Back, strings));
        if (step.Spec.Optional) actions.Add(Action(FlowCommand.Skip, strings));
        if (state.Top.AddingTo is not null && step is not SummaryStep) actions.Add(Action(FlowCommand.Review, strings));
        actions.Add(Action(FlowCommand.Cancel, strings));
        return actions;
    }

    private static PromptAction Action(FlowCommand command, StringTable strings) =>
        new(command, strings.Text(EngineKeys.Label(command)));

    // Interruptions come from a button (Command) or a typed word; a submitted form is never one.
    private static FlowCommand? CommandOf(UserInput input, Turn turn)
    {
        if (input.Command is { } command) return command;
        if (input.Fields is not null || input.Text is null) return null;
        if (input.Text.Trim() == "?") return FlowCommand.Help;
        return turn.Strings.Commands.TryGetValue(TextFold.Fold(input.Text), out var typed) ? typed : null;
    }

    /// <summary>
    /// The id of a form's second, typed answer to a step (a date picker's "or in words" box): read when the step's own
    /// input was left empty.
    /// </summary>
    public static string TypedInputId(string stepId) => stepId + ".typed";

    private static Parsed Read(UserInput input, PromptStep step, Turn turn)
    {
        // Files sent alongside an answer to another kind of question are not that answer.
        if (input.Fields is null && input.Attachments.Count > 0 && step.Kind == PromptKind.Attachment) return step.ParseFiles(input.Attachments, turn.Parse);
        var raw = RawOf(input, step);

        if (string.IsNullOrWhiteSpace(raw))
            return step.Spec.Optional ? Parsed.Skip : Parsed.Fail(EngineKeys.Required);
        return step.Parse(raw, turn.Parse);
    }

    // The answer as the user gave it: typed, or the step's field on a form (or its typed alternative).
    private static string? RawOf(UserInput input, PromptStep step) => input.Fields is { } fields
        ? Field(fields, step.Id) is { } given && !string.IsNullOrWhiteSpace(given) ? given : Field(fields, TypedInputId(step.Id))
        : input.Text;

    internal static string? Field(IReadOnlyDictionary<string, string> fields, string key) => fields.GetValueOrDefault(key);
}
