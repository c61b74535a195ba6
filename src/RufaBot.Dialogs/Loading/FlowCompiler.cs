using RufaBot.Dialogs.Steps;
using RufaBot.Dialogs.Strings;

namespace RufaBot.Dialogs.Loading;

// Turns one schema-valid dialog file into a FlowDefinition, reporting what the schema cannot see:
// duplicate ids, unknown targets, bad conditions, bad patterns, bounds the wrong way round.
internal sealed partial class FlowCompiler(string file, Problems problems, StringCatalog? strings)
{
    public const string Suffix = ".dialog.json";

    private Dictionary<string, StepJson> _byId = [];

    // Every string key the file uses, with where it uses it, checked against each language later.
    public List<(string Key, string Path)> Keys { get; } = [];

    public List<(string Dialog, string Path)> Calls { get; } = [];

    public FlowDefinition? Compile(DialogFile dto)
    {
        var before = problems.Count;
        var expected = file[..^Suffix.Length];
        if (dto.Id != expected)
            problems.Add(file, "$.id", $"the id '{dto.Id}' must be the file name without '{Suffix}': '{expected}'");
        Use(dto.Title, "$.title");

        _byId = new(StringComparer.Ordinal);
        for (var i = 0; i < dto.Steps.Count; i++)
        {
            if (!_byId.TryAdd(dto.Steps[i].Id, dto.Steps[i]))
                problems.Add(file, $"$.steps[{i}].id", $"step id '{dto.Steps[i].Id}' is used twice in this dialog");
        }

        var steps = new List<Step>(dto.Steps.Count);
        for (var i = 0; i < dto.Steps.Count; i++)
        {
            if (CompileStep(dto.Steps[i], $"$.steps[{i}]") is { } step) steps.Add(step);
        }
        if (problems.Count > before || steps.Count != dto.Steps.Count) return null;

        var stages = Stages(dto.Stages ?? []);
        if (problems.Count > before) return null;
        var flow = new FlowDefinition(dto.Id, dto.Version, dto.Title, file, steps, stages);
        Reachability.Check(flow, problems);
        return flow;
    }

    private Step? CompileStep(StepJson s, string path)
    {
        var next = Target(s.Next, path + ".next");
        switch (s.Kind)
        {
            case "message":
                return new MessageStep(s.Id, next, Use(s.Text, path + ".text"), s.Pause, s.Signal);
            case "end":
                return new EndStep(s.Id, s.Text is null ? null : Use(s.Text, path + ".text"));
            case "call":
                Calls.Add((s.Dialog ?? "", path + ".dialog"));
                return new CallStep(s.Id, next, s.Dialog ?? "", Label(s, path));
            case "branch":
                return Branch(s, path);
            case "summary":
                return Summary(s, next, path);
            default:
                return Prompt(s, next, path);
        }
    }

    private string? Target(string? target, string path)
    {
        if (target is not null && !_byId.ContainsKey(target))
            problems.Add(file, path, $"goes to step '{target}', which does not exist in this dialog");
        return target;
    }

    private string Use(string? key, string path)
    {
        Keys.Add((key ?? "", path));
        return key ?? "";
    }
}
