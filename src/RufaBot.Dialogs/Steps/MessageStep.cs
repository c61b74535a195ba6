namespace RufaBot.Dialogs.Steps;

// Pause: after saying the text the flow keeps its draft and stops before the next question, without asking it
// (TurnResult.Paused); the host offers to resume the next time the user writes.
// Signal: a name the host acts on at once when the step is said (TurnResult.Signals), before the flow completes.
internal sealed class MessageStep(string id, string? next, string textKey, bool pause = false, string? signal = null) : Step(id, next)
{
    public string TextKey => textKey;

    public bool Pause => pause;

    public string? Signal => signal;
}
