using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs.Loading;

internal sealed partial class FlowCompiler
{
    // A summary shows question or call steps of its own dialog; labels are string keys like any other text.
    private SummaryStep Summary(StepJson s, string? next, string path)
    {
        var spec = new PromptSpec(Use(s.Text, path + ".text"), s.Help is null ? null : Use(s.Help, path + ".help"), Optional: false);
        var shows = s.Steps ?? [];
        for (var i = 0; i < shows.Count; i++)
        {
            var at = $"{path}.steps[{i}]";
            if (!_byId.TryGetValue(shows[i], out var target))
                problems.Add(file, at, $"shows step '{shows[i]}', which does not exist in this dialog");
            else if (!Answerable.Contains(target.Kind))
                problems.Add(file, at, $"'{shows[i]}' is a {target.Kind} step: a summary shows only question and call steps, which have answers");
        }
        return new SummaryStep(s.Id, next, spec, shows);
    }

    private string? Label(StepJson s, string path) => s.Label is null ? null : Use(s.Label, path + ".label");
}
