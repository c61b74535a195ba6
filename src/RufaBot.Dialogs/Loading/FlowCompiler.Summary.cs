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
        string? moreLabel = null;
        if (s.More is not null)
        {
            if (!_byId.TryGetValue(s.More, out var first) || !Answerable.Contains(first.Kind))
                problems.Add(file, path + ".more", $"'more' must name a question step of this dialog, not '{s.More}'");
            moreLabel = Use(s.MoreLabel, path + ".moreLabel");
        }
        return new SummaryStep(s.Id, next, spec, shows, s.More, moreLabel);
    }

    // Each stage counts questions of this dialog; a question belongs to one stage at most.
    private List<(string TextKey, IReadOnlyList<string> Steps)> Stages(List<StageJson> stages)
    {
        var counted = new HashSet<string>(StringComparer.Ordinal);
        var compiled = new List<(string, IReadOnlyList<string>)>(stages.Count);
        for (var i = 0; i < stages.Count; i++)
        {
            var path = $"$.stages[{i}]";
            for (var j = 0; j < stages[i].Steps.Count; j++)
            {
                var id = stages[i].Steps[j];
                if (!_byId.TryGetValue(id, out var step) || !Answerable.Contains(step.Kind) || step.Kind == "call")
                    problems.Add(file, $"{path}.steps[{j}]", $"'{id}' is not a question step of this dialog");
                else if (!counted.Add(id))
                    problems.Add(file, $"{path}.steps[{j}]", $"'{id}' is already counted by a stage");
            }
            compiled.Add((Use(stages[i].Text, path + ".text"), stages[i].Steps));
        }
        return compiled;
    }

    private string? Label(StepJson s, string path) => s.Label is null ? null : Use(s.Label, path + ".label");
}
