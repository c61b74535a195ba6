using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs.Loading;

// Walks every way through a flow from its first step; a step no path reaches is an authoring mistake.
internal static class Reachability
{
    public static void Check(FlowDefinition flow, Problems problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<Step>();
        todo.Push(flow.Steps[0]);
        while (todo.Count > 0)
        {
            var step = todo.Pop();
            if (!seen.Add(step.Id)) continue;
            foreach (var target in Targets(flow, step))
            {
                if (target != FlowDefinition.End && flow.Find(target) is { } next) todo.Push(next);
            }
        }

        foreach (var step in flow.Steps.Where(s => !seen.Contains(s.Id)))
        {
            problems.Add(flow.File, $"$.steps[{step.Index}]",
                $"step '{step.Id}' is unreachable: no step, goto or branch leads to it");
        }
    }

    private static IEnumerable<string> Targets(FlowDefinition flow, Step step) => step switch
    {
        EndStep => [],
        BranchStep b => [.. b.Cases.Select(c => c.Goto), flow.NextOf(b)],
        SummaryStep { More: { } more } summary => [more, flow.NextOf(summary)],
        _ => [flow.NextOf(step)],
    };
}
