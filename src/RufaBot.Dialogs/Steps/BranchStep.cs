using RufaBot.Dialogs.State;

namespace RufaBot.Dialogs.Steps;

// The first case whose condition holds decides where to go; otherwise Else, otherwise the next step.
internal sealed class BranchStep(string id, IReadOnlyList<BranchCase> cases, string? elseTarget) : Step(id, elseTarget)
{
    public IReadOnlyList<BranchCase> Cases => cases;

    public string? Target(FlowFrame frame)
    {
        foreach (var c in cases)
        {
            if (c.When.Test(frame)) return c.Goto;
        }
        return Next;
    }
}
