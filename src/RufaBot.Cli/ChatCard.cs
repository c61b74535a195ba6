using System.Text.Json;

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

/// <summary>
/// A card input as chat mode shows and fills it. Values are sent as strings, as Teams does; a choice can be given
/// by its number, title or value, several as <c>1,3</c>.
/// </summary>
internal sealed record ChatInput(
    string Id,
    string Type,
    string Label,
    bool Required,
    IReadOnlyList<ChatInput.Choice> Choices,
    bool MultiSelect,
    string? Default,
    string ValueOn = "true",
    string ValueOff = "false")
{
    public sealed record Choice(string Title, string Value);

    /// <summary>The value to send for what the user typed, or null with <paramref name="problem"/> saying why not.</summary>
    public string? Resolve(string typed, out string? problem)
    {
        problem = null;
        typed = typed.Trim();
        if (Type == "Input.Toggle")
        {
            if (typed.ToLowerInvariant() is "yes" or "y" or "true" or "on" or "1" || typed == ValueOn)
                return ValueOn;
            if (typed.ToLowerInvariant() is "no" or "n" or "false" or "off" or "0" || typed == ValueOff)
                return ValueOff;
            problem = "answer yes or no";
            return null;
        }
        if (Type != "Input.ChoiceSet" || Choices.Count == 0)
            return typed;

        var parts = MultiSelect ? typed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [typed];
        var values = new List<string>();
        foreach (var part in parts)
        {
            if (Match(part) is not { } choice)
            {
                problem = $"'{part}' is not one of the choices 1-{Choices.Count}";
                return null;
            }
            values.Add(choice.Value);
        }
        return string.Join(',', values);
    }

    public string Describe(string? value) =>
        Type == "Input.ChoiceSet" && value is not null
            ? string.Join(", ", value.Split(',').Select(v => Choices.FirstOrDefault(c => c.Value == v)?.Title ?? v))
            : value ?? "";

    private Choice? Match(string typed) =>
        int.TryParse(typed, out var number) && number >= 1 && number <= Choices.Count
            ? Choices[number - 1]
            : Choices.FirstOrDefault(c => string.Equals(c.Title, typed, StringComparison.OrdinalIgnoreCase))
              ?? Choices.FirstOrDefault(c => string.Equals(c.Value, typed, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A card action or suggested action, as a numbered button in chat mode.</summary>
internal sealed record ChatButton(string Title, ChatButton.Kind Action, JsonElement? Data = null, string? Verb = null, string? Url = null, JsonElement? Card = null, bool SendsInputs = true)
{
    public enum Kind
    {
        /// <summary>Action.Submit: a message whose value is the data plus the inputs.</summary>
        Submit,
        /// <summary>Action.Execute: an <c>adaptiveCard/action</c> invoke.</summary>
        Execute,
        /// <summary>Action.OpenUrl: nothing to send.</summary>
        OpenUrl,
        /// <summary>Action.ShowCard: shows the card it holds.</summary>
        ShowCard,
        /// <summary>imBack (suggested actions): sends its value as text.</summary>
        Text,
        /// <summary>Anything chat mode cannot press.</summary>
        Unsupported,
    }
}
