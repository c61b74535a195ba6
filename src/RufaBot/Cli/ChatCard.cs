namespace RufaBot.Cli;

/// <summary>
/// The bot's latest message with buttons or inputs in one conversation: what <c>/1</c> presses and <c>/set</c> fills.
/// </summary>
internal sealed class ChatCard(string? activityId, IReadOnlyList<ChatInput> inputs, IReadOnlyList<ChatButton> buttons)
{
    public string? ActivityId { get; } = activityId;
    public IReadOnlyList<ChatInput> Inputs { get; } = inputs;
    public IReadOnlyList<ChatButton> Buttons { get; } = buttons;

    /// <summary>Values typed with /set, by input id.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public bool IsActionable => Inputs.Count > 0 || Buttons.Count > 0;

    /// <summary>An input by its field number or its id.</summary>
    public ChatInput? Input(string numberOrId) =>
        int.TryParse(numberOrId, out var number) && number >= 1 && number <= Inputs.Count
            ? Inputs[number - 1]
            : Inputs.FirstOrDefault(i => string.Equals(i.Id, numberOrId, StringComparison.OrdinalIgnoreCase));

    /// <summary>What will be sent for an input: typed with /set, else the value the card came with.</summary>
    public string? ValueOf(ChatInput input) => Values.TryGetValue(input.Id, out var value) ? value : input.Default;
}
