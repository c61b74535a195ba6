using RufaBot.Dialogs.Answers;

namespace RufaBot.Dialogs.Input;

// What the user sent this turn, already stripped of any channel detail by the host.
// Fields is a submitted form keyed by step id, e.g. {"category":"killings"} (plus "{step}.typed", see
// FlowRunner.TypedInputId); the host decodes its own form (a card's value, an HTML form) into it.
public sealed record UserInput
{
    public string? Text { get; init; }

    public IReadOnlyDictionary<string, string>? Fields { get; init; }

    public IReadOnlyList<AttachmentInfo> Attachments { get; init; } = [];

    public FlowCommand? Command { get; init; }

    public static UserInput FromText(string text) => new() { Text = text };

    public static UserInput FromFields(IReadOnlyDictionary<string, string> fields) => new() { Fields = fields };

    public static UserInput FromAttachments(params IReadOnlyList<AttachmentInfo> files) => new() { Attachments = files };

    public static UserInput FromCommand(FlowCommand command) => new() { Command = command };
}
