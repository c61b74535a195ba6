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
    // What a summary card sends back under the summary's step id: "submit", or "edit:" and a question's step id.
    public const string SubmitValue = SummaryReply.SubmitValue;
    public const string EditPrefix = SummaryReply.EditPrefix;
    public const string MoreValue = SummaryReply.MoreValue;

    private readonly record struct Shown(Step Step, string LabelKey, Answer? Answer);

    // Submit moves past the summary; an edit asks that question again (prefilled) and, once it is answered,
    // comes back to the summary by way of any question the new answer makes necessary (FlowRunner.Edits.cs).
    private TurnResult Review(FlowState state, FlowFrame frame, SummaryStep step, UserInput input, Turn turn)
    {
        var raw = input.Fields is { } fields ? Field(fields, step.Id) : input.Text;
        var shown = Show(frame, step);
        var options = shown.Select(s => new ChoiceOption(s.Step.Id, s.LabelKey, Folded(s.LabelKey))).ToList();
        var more = MoreOffered(frame, step) ? Folded(step.MoreLabelKey!) : [];
        var pick = SummaryReply.Read(raw, options, id => shown.Exists(s => s.Step.Id == id && s.Step is PromptStep) && PresetOf(state, frame, id) is null, catalog.Strings, more);
        if (pick.ErrorKey is { } error) return Refuse(state, Parsed.Fail(error), turn);

        frame.Tries = 0;
        if (pick.More)
        {
            frame.ReturnTo = null;
            frame.AddingTo = step.Id;
            frame.StepId = frame.MoreFrom ?? step.More!;
            frame.MoreFrom = null;
            return Ask(state, turn);
        }
        if (pick.Edit is { } edit)
        {
            frame.ReturnTo = step.Id;
            frame.StepId = edit;
            return Ask(state, turn);
        }
        frame.ReturnTo = null;
        frame.StepId = catalog.Flow(frame.FlowId).NextOf(step);
        return Advance(state, turn);
    }

    private Prompt Summarize(Prompt prompt, FlowState state, FlowFrame frame, SummaryStep step, StringTable strings) => prompt with
    {
        Items = [.. Show(frame, step).Select(s => new SummaryItem(
            s.Step.Id,
            strings.Text(s.LabelKey),
            s.Answer is null ? strings.Text(EngineKeys.NotAnswered) : Display(s.Step, s.Answer, strings),
            Editable: s.Step is PromptStep && PresetOf(state, frame, s.Step.Id) is null,
            Answered: s.Answer is not null))],
        Choices = MoreOffered(frame, step)
            ? [new PromptChoice(SubmitValue, strings.Text(EngineKeys.Submit)), new PromptChoice(MoreValue, strings.Text(step.MoreLabelKey!))]
            : [new PromptChoice(SubmitValue, strings.Text(EngineKeys.Submit))],
        Hint = strings.Text(EngineKeys.SummaryHint),
    };

    // "Add more details" is offered until the person has been through them to the end; then each answer has its Edit.
    private static bool MoreOffered(FlowFrame frame, SummaryStep step) =>
        step.More is { } more && (!frame.History.Contains(more) || frame.MoreFrom is not null);

    // The steps a summary lists: those it names, or every question answered, and of those only the ones on the
    // path taken. Skipped optional questions are listed with no answer, so they can still be filled in.
    private List<Shown> Show(FlowFrame frame, SummaryStep summary)
    {
        var flow = catalog.Flow(frame.FlowId);
        var shown = new List<Shown>();
        foreach (var id in summary.Shows.Count > 0 ? summary.Shows : frame.History)
        {
            if (!frame.History.Contains(id) || flow.Find(id) is not { } step || step is SummaryStep) continue;
            if (step is PromptStep or CallStep) shown.Add(new(step, LabelKey(step), frame.Values.GetValueOrDefault(id)));
        }
        return shown;
    }

    private string LabelKey(Step step) => step switch
    {
        PromptStep p => p.Spec.LabelKey ?? p.Spec.TextKey,
        CallStep c => c.LabelKey ?? catalog.Flow(c.Dialog).TitleKey,
        _ => throw new ArgumentException($"Step '{step.Id}' has no answer to label.", nameof(step)),
    };

    // A called dialog's answer reads as "Label: answer; Label: answer".
    private string Display(Step step, Answer answer, StringTable strings)
    {
        if (step is PromptStep prompt) return prompt.Display(answer, strings);
        if (answer is not FlowAnswer child) return answer.ToInputValue();
        var flow = catalog.Flow(child.FlowId);
        return string.Join("; ", child.Path
            .Where(child.Values.ContainsKey)
            .Select(id => flow.Find(id) is { } s ? $"{strings.Text(LabelKey(s))}: {Display(s, child.Values[id], strings)}" : ""));
    }

    private List<string> Folded(string key) =>
        [.. catalog.Strings.Tables.Select(t => TextFold.Fold(t.Text(key))).Where(f => f.Length > 0).Distinct()];
}
