using System.Text.Json;
using RufaBot.Dialogs.Answers;

namespace RufaBot.Dialogs.Input;

// What the user sent this turn, already stripped of any channel detail by the host.
// Value is a card submit object keyed by step id, e.g. {"category":"killings"}.
public sealed record UserInput
{
    public string? Text { get; init; }

    public JsonElement? Value { get; init; }

    public IReadOnlyList<AttachmentInfo> Attachments { get; init; } = [];

    public FlowCommand? Command { get; init; }

    public static UserInput FromText(string text) => new() { Text = text };

    public static UserInput FromCard(JsonElement value) => new() { Value = value };

    public static UserInput FromAttachments(params IReadOnlyList<AttachmentInfo> files) => new() { Attachments = files };

    public static UserInput FromCommand(FlowCommand command) => new() { Command = command };
}
