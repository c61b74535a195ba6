namespace RufaBot.Dialogs;

public enum FlowStatus
{
    // A prompt is waiting for the user's answer.
    Waiting,
    Complete,
    Cancelled,
    // Idle longer than FlowRunnerOptions.IdleTimeout: the draft is gone.
    Expired,
    // The dialog file changed incompatibly (version bump or the step vanished) since the draft began.
    Outdated,
}
