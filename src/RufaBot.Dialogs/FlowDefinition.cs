using System.Collections.Frozen;
using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs;

// One compiled dialog file. Immutable and shared by every conversation.
internal sealed class FlowDefinition
{
    // Marks "past the last step": the flow completes.
    public const string End = "";

    private readonly FrozenDictionary<string, Step> _byId;
    private readonly FrozenDictionary<string, StepProgress> _progress;

    public FlowDefinition(string id, int version, string titleKey, string file, IReadOnlyList<Step> steps,
        IReadOnlyList<(string TextKey, IReadOnlyList<string> Steps)>? stages = null)
    {
        Id = id;
        Version = version;
        TitleKey = titleKey;
        File = file;
        Steps = steps;
        for (var i = 0; i < steps.Count; i++) steps[i].Index = i;
        _byId = steps.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _progress = (stages ?? [])
            .SelectMany(stage => stage.Steps.Select(step => (step, new StepProgress(stage.TextKey, stage.Steps))))
            .ToFrozenDictionary(p => p.step, p => p.Item2, StringComparer.Ordinal);
    }

    public string Id { get; }

    public int Version { get; }

    public string TitleKey { get; }

    public string File { get; }

    public IReadOnlyList<Step> Steps { get; }

    public Step? Find(string stepId) => _byId.GetValueOrDefault(stepId);

    /// <summary>Where a question stands in its stage, for "Question 3 of 7"; null for a step no stage counts.</summary>
    public StepProgress? ProgressOf(string stepId) => _progress.TryGetValue(stepId, out var p) ? p : null;

    public string NextOf(Step step) =>
        step.Next ?? (step.Index + 1 < Steps.Count ? Steps[step.Index + 1].Id : End);
}

// The stage a question is counted in: its text key and its questions in order.
internal sealed record StepProgress(string TextKey, IReadOnlyList<string> Stage);
