namespace RufaBot.Dialogs;

public sealed class FlowRunnerOptions
{
    // A draft untouched for longer than this is reported Expired.
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromDays(7);

    // Failed answers to one question before the user is offered help, skip or cancel.
    public int MaxTries { get; set; } = 3;

    // Guards against a goto loop with no question in it; a real flow is far below this.
    public int MaxStepsPerTurn { get; set; } = 500;
}
