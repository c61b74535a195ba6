using System.Collections.Frozen;
using RufaBot.Dialogs.Steps;

namespace RufaBot.Dialogs;

// One compiled dialog file. Immutable and shared by every conversation.
internal sealed class FlowDefinition
{
    // Marks "past the last step": the flow completes.
    public const string End = "";

    private readonly FrozenDictionary<string, Step> _byId;

    public FlowDefinition(string id, int version, string titleKey, string file, IReadOnlyList<Step> steps)
    {
        Id = id;
        Version = version;
        TitleKey = titleKey;
        File = file;
        Steps = steps;
        for (var i = 0; i < steps.Count; i++) steps[i].Index = i;
        _byId = steps.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public string Id { get; }

    public int Version { get; }

    public string TitleKey { get; }

    public string File { get; }

    public IReadOnlyList<Step> Steps { get; }

    public Step? Find(string stepId) => _byId.GetValueOrDefault(stepId);

    public string NextOf(Step step) =>
        step.Next ?? (step.Index + 1 < Steps.Count ? Steps[step.Index + 1].Id : End);
}
