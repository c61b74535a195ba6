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

    internal Answer? Answered(string stepId) =>
        History.Contains(stepId) && Values.TryGetValue(stepId, out var a) ? a : null;
}
