using System.Text.Json;
using RufaBot.Cards;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Input;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// What a message activity says to a dialog: typed text, a card's submitted values (<c>rufa: answer</c>, for
/// <see cref="StepId"/>), a card button (<c>rufa: command</c>), or attached files. Card data round-trips through
/// the client, so it is read defensively: anything unexpected is treated as no card at all.
/// </summary>
internal sealed record MessageInput(UserInput Input, string? StepId, string? Text)
{
    public static MessageInput From(TurnContext turn)
    {
        var activity = turn.Activity;
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty("rufa", out var kind) && kind.ValueKind == JsonValueKind.String)
        {
            if (kind.ValueEquals("command") && Enum.TryParse<FlowCommand>(StringOf(value, "command"), out var command) && Enum.IsDefined(command))
                return new MessageInput(UserInput.FromCommand(command), null, null);
            if (kind.ValueEquals("answer") && StringOf(value, "step") is { Length: > 0 } step)
                return new MessageInput(UserInput.FromFields(CardFields.Decode(value)), step, null);
        }

        var files = activity.Attachments?
            .Where(a => a.ContentType is not null && !a.ContentType.StartsWith("application/vnd.microsoft.card", StringComparison.Ordinal)
                        && a.ContentType != "text/html")
            .Select(a => new AttachmentInfo(a.Name ?? "file", a.ContentType!, null, a.ContentUrl))
            .ToList();
        if (files is { Count: > 0 } && string.IsNullOrWhiteSpace(turn.Text))
            return new MessageInput(UserInput.FromAttachments(files), null, null);
        return new MessageInput(UserInput.FromText(turn.Text), null, turn.Text);
    }

    private static string? StringOf(JsonElement value, string name) =>
        value.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
