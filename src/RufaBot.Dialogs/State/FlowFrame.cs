using RufaBot.Dialogs.Answers;

namespace RufaBot.Dialogs.State;

// One running dialog on the stack. Between turns StepId is always the prompt being waited on.
// Values may hold answers of steps no longer on the path (after "back" and a different branch):
// they prefill the question if it is asked again, but only steps in History count for
// conditions and results.
public sealed class FlowFrame
{
    public required string FlowId { get; init; }

    public int Version { get; init; }

    public string StepId { get; set; } = "";

    public Dictionary<string, Answer> Values { get; init; } = new(StringComparer.Ordinal);

    public int Tries { get; set; }

    // Prompt and call steps answered (or skipped) on the current path, in order.
    public List<string> History { get; init; } = [];

    // Set while a question picked from a summary is being answered: the summary step to come back to.
    public string? ReturnTo { get; set; }

    // While editing from a summary, questions answered before the edit that lie beyond the question now asked:
    // the way back to the summary passes them without asking again.
    public List<string> Kept { get; init; } = [];

    // Set while the optional questions a summary offered are being answered: that summary, which "back to the
    // summary" returns to from any of them.
    public string? AddingTo { get; set; }

    // The optional question the person left them at, to go on from there when they ask for more details again.
    public string? MoreFrom { get; set; }

    internal Answer? Answered(string stepId) =>
        History.Contains(stepId) && Values.TryGetValue(stepId, out var a) ? a : null;
}
