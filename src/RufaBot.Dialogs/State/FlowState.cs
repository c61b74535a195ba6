using System.Text.Json.Serialization;

namespace RufaBot.Dialogs.State;

// Everything the engine needs between turns. The host stores it (serialised with DialogsJson)
// and hands it back; FlowRunner mutates the instance it is given and returns it in TurnResult.
public sealed class FlowState
{
    public List<FlowFrame> Stack { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public PendingQuestion Pending { get; set; }

    public bool Paused { get; set; }

    // Answers the host fixed when the flow began (root-flow step id → the answer as a form field would give it):
    // such a question is never asked, cannot be gone back to or edited, and counts as answered (FlowRunner.Begin).
    public Dictionary<string, string>? Preset { get; set; }

    [JsonIgnore]
    public bool IsActive => Stack.Count > 0;

    [JsonIgnore]
    public string? RootFlowId => Stack.Count > 0 ? Stack[0].FlowId : null;

    [JsonIgnore]
    internal FlowFrame Top => Stack[^1];

    // The id of the question now waiting for an answer (a card's input id), including the engine's own
    // yes/no questions ($cancel, $startOver, $resume); null when nothing waits.
    [JsonIgnore]
    public string? WaitingStepId => Pending switch
    {
        PendingQuestion.ConfirmCancel => FlowRunner.CancelStepId,
        PendingQuestion.ConfirmStartOver => FlowRunner.StartOverStepId,
        PendingQuestion.ConfirmResume => FlowRunner.ResumeStepId,
        _ => Stack.Count > 0 && !Paused ? Stack[^1].StepId : null,
    };

    [JsonIgnore]
    internal bool CanGoBack => Stack.Exists(f => f.History.Count > 0);
}
