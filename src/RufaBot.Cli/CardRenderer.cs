using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RufaBot.Cli;

/// <summary>
/// Shows an Adaptive Card as plain text: text blocks and facts as lines, each input as a numbered field with its
/// choices numbered, and its actions as buttons (the screen numbers them). Hidden elements stay hidden.
/// </summary>
internal static partial class CardRenderer
{
    private const int MaxChoicesShown = 12;

    public sealed record Rendered(List<string> Lines, List<ChatInput> Inputs, List<ChatButton> Buttons, JsonElement Card);

    public static Rendered Render(JsonElement card)
    {
        var rendered = new Rendered([], [], [], card);
        Elements(card, "body", rendered);
        Actions(card, "actions", rendered);
        return rendered;
    }

    /// <summary>Card and message text without Markdown escapes (the bot escapes punctuation in what users wrote).</summary>
    public static string Plain(string text) => Escape().Replace(text, "$1");

    private static void Elements(JsonElement parent, string property, Rendered rendered)
    {
        if (!parent.TryGetProperty(property, out var elements) || elements.ValueKind != JsonValueKind.Array)
            return;
        foreach (var element in elements.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object || (element.TryGetProperty("isVisible", out var visible) && visible.ValueKind == JsonValueKind.False))
                continue;
            var type = Text(element, "type") ?? "";
            switch (type)
            {
                case "TextBlock":
                    rendered.Lines.AddRange(Plain(Text(element, "text") ?? "").Split('\n'));
                    break;
                case "RichTextBlock":
                    rendered.Lines.Add(string.Concat(Items(element, "inlines").Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Text(i, "text"))));
                    break;
                case "FactSet":
                    rendered.Lines.AddRange(Items(element, "facts").Select(f => $"{Plain(Text(f, "title") ?? "")}: {Plain(Text(f, "value") ?? "")}"));
                    break;
                case "Image":
                    rendered.Lines.Add($"[image{(Text(element, "altText") is { } alt ? ": " + alt : "")}]");
                    break;
                case "ActionSet":
                    Actions(element, "actions", rendered);
                    break;
                case "ColumnSet":
                    foreach (var column in Items(element, "columns"))
                        Elements(column, "items", rendered);
                    break;
                case "Table":
                    foreach (var cell in Items(element, "rows").SelectMany(row => Items(row, "cells")))
                        Elements(cell, "items", rendered);
                    break;
                case "Container" or "Column":
                    Elements(element, "items", rendered);
                    break;
                case var input when input.StartsWith("Input.", StringComparison.Ordinal):
                    Input(element, type, rendered);
                    break;
                default:
                    rendered.Lines.Add($"[{type}]");
                    break;
            }
        }
    }

    private static void Input(JsonElement element, string type, Rendered rendered)
    {
        var choices = Items(element, "choices").Select(c => new ChatInput.Choice(Text(c, "title") ?? "", Text(c, "value") ?? "")).ToList();
        var input = new ChatInput(
            Text(element, "id") ?? "",
            type,
            Plain(Text(element, "label") ?? Text(element, "placeholder") ?? Text(element, "title") ?? Text(element, "id") ?? ""),
            element.TryGetProperty("isRequired", out var required) && required.ValueKind == JsonValueKind.True,
            choices,
            element.TryGetProperty("isMultiSelect", out var multi) && multi.ValueKind == JsonValueKind.True,
            element.TryGetProperty("value", out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null,
            Text(element, "valueOn") ?? "true",
            Text(element, "valueOff") ?? "false");
        rendered.Inputs.Add(input);

        var now = input.Default is { Length: > 0 } current ? $" (now: {input.Describe(current)})" : "";
        rendered.Lines.Add($"[field {rendered.Inputs.Count}: {input.Id}] {input.Label}{(input.Required ? " (required)" : "")} - {Expects(input, element)}{now}");
        foreach (var (choice, index) in choices.Take(MaxChoicesShown).Select((c, i) => (c, i)))
            rendered.Lines.Add($"    {index + 1}. {choice.Title}");
        if (choices.Count > MaxChoicesShown)
            rendered.Lines.Add($"    … and {choices.Count - MaxChoicesShown} more: give a name instead of a number");
    }

    private static string Expects(ChatInput input, JsonElement element) => input.Type switch
    {
        "Input.ChoiceSet" => input.MultiSelect ? "choose one or more, e.g. 1,3" : "choose one",
        "Input.Number" when element.TryGetProperty("min", out var min) && element.TryGetProperty("max", out var max) => $"a number from {min} to {max}",
        "Input.Number" => "a number",
        "Input.Date" => "a date, yyyy-mm-dd",
        "Input.Time" => "a time, hh:mm",
        "Input.Toggle" => "yes or no",
        _ => "text",
    };

    private static void Actions(JsonElement parent, string property, Rendered rendered)
    {
        var buttons = rendered.Buttons;
        foreach (var action in Items(parent, property))
        {
            if (action.TryGetProperty("isVisible", out var visible) && visible.ValueKind == JsonValueKind.False)
                continue;
            var type = Text(action, "type");
            var title = Text(action, "title") ?? type ?? "button";
            JsonElement? data = action.TryGetProperty("data", out var d) ? d.Clone() : null;
            buttons.Add(type switch
            {
                "Action.Submit" => new ChatButton(title, ChatButton.Kind.Submit, data, SendsInputs: Text(action, "associatedInputs") != "none"),
                "Action.Execute" => new ChatButton(title, ChatButton.Kind.Execute, data, Verb: Text(action, "verb"), SendsInputs: Text(action, "associatedInputs") != "none"),
                "Action.OpenUrl" => new ChatButton(title, ChatButton.Kind.OpenUrl, Url: Text(action, "url")),
                "Action.ShowCard" => new ChatButton(title, ChatButton.Kind.ShowCard, Card: action.TryGetProperty("card", out var card) ? card.Clone() : null),
                // Pressing it shows the same card with its target elements shown or hidden, as Teams redraws it.
                "Action.ToggleVisibility" => new ChatButton(title, ChatButton.Kind.ShowCard, Card: Toggled(rendered.Card, action)),
                _ => new ChatButton(title, ChatButton.Kind.Unsupported),
            });
        }
    }

    private static JsonElement Toggled(JsonElement card, JsonElement action)
    {
        var targets = new Dictionary<string, bool?>(StringComparer.Ordinal);
        foreach (var target in Items(action, "targetElements"))
        {
            if (target.ValueKind == JsonValueKind.String)
                targets[target.GetString()!] = null;
            else if (Text(target, "elementId") is { } id)
                targets[id] = target.TryGetProperty("isVisible", out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
        }
        var root = JsonNode.Parse(card.GetRawText())!;
        Toggle(root, targets);
        return JsonDocument.Parse(root.ToJsonString()).RootElement.Clone();
    }

    private static void Toggle(JsonNode? node, Dictionary<string, bool?> targets)
    {
        if (node is JsonArray array)
            foreach (var item in array)
                Toggle(item, targets);
        if (node is not JsonObject element)
            return;
        if (element["id"] is JsonValue id && id.TryGetValue<string>(out var name) && targets.TryGetValue(name, out var set))
            element["isVisible"] = set ?? element["isVisible"] is JsonValue shown && shown.TryGetValue<bool>(out var visible) && !visible;
        foreach (var (_, child) in element.ToList())
            Toggle(child, targets);
    }

    private static IEnumerable<JsonElement> Items(JsonElement parent, string property) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(property, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray()
            : [];

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>~<])")]
    private static partial Regex Escape();
}
