using System.Text.Json;
using System.Text.Json.Nodes;
using RufaBot.Cards;
using BotProtocol;

namespace RufaBot.Cli;

/// <summary>Filling card fields and pressing buttons, sent as Teams would send them.</summary>
internal sealed partial class ChatSession
{
    private void Set(string rest)
    {
        var card = screen.CardIn(_user.ConversationId);
        var parts = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (card is null || card.Inputs.Count == 0)
            screen.Note("There is no card with fields in this chat.");
        else if (parts.Length < 2)
            screen.Note("Use /set FIELD VALUE, e.g. /set 1 2 for the second choice of field 1.");
        else if (card.Input(parts[0]) is not { } field)
            screen.Note($"No field {parts[0]}; this card has {string.Join(", ", card.Inputs.Select((f, i) => $"{i + 1} ({f.Id})"))}.");
        else if (field.Resolve(parts[1], out var problem) is not { } value)
            screen.Note($"Not set: {problem}.");
        else
        {
            card.Values[field.Id] = value;
            screen.Note($"{field.Id} = {field.Describe(value)}");
        }
    }

    private async Task PressAsync(int number)
    {
        var card = screen.CardIn(_user.ConversationId);
        if (card is null || card.Buttons.Count == 0)
        {
            screen.Note("There are no buttons to press in this chat.");
            return;
        }
        if (number < 1 || number > card.Buttons.Count)
        {
            screen.Note($"Press a button from /1 to /{card.Buttons.Count}.");
            return;
        }

        var button = card.Buttons[number - 1];
        switch (button.Action)
        {
            case ChatButton.Kind.Text:
                await SayAsync(button.Data?.GetString() ?? button.Title);
                break;
            case ChatButton.Kind.OpenUrl:
                screen.Note($"In Teams this opens {button.Url}.");
                break;
            case ChatButton.Kind.ShowCard when button.Card is { } inner:
                screen.Show(_user.ConversationId, card.ActivityId, Replies.Card(inner));
                break;
            case ChatButton.Kind.Submit or ChatButton.Kind.Execute when await CollectAsync(card, button) is { } values:
                if (button.Action == ChatButton.Kind.Execute)
                    await ExecuteAsync(card, button, values);
                else
                    await SubmitAsync(card, button, values);
                break;
            case ChatButton.Kind.Submit or ChatButton.Kind.Execute:
                break;
            default:
                screen.Note($"Chat mode cannot press '{button.Title}'.");
                break;
        }
    }

    /// <summary>The button's data with the card's inputs, asking for any required one that is still empty.</summary>
    private async Task<JsonObject?> CollectAsync(ChatCard card, ChatButton button)
    {
        var values = new JsonObject();
        if (button.Data is { ValueKind: JsonValueKind.Object } data)
            foreach (var property in data.EnumerateObject())
                values[property.Name] = JsonNode.Parse(property.Value.GetRawText());
        if (!button.SendsInputs)
            return values;

        foreach (var field in card.Inputs)
        {
            var value = card.ValueOf(field);
            while (string.IsNullOrEmpty(value) && field.Required)
            {
                var typed = await ReadAsync($"  {field.Id} ({field.Label})");
                if (string.IsNullOrWhiteSpace(typed))
                {
                    screen.Note($"Not sent: {field.Id} is required.");
                    return null;
                }
                value = field.Resolve(typed, out var problem);
                if (value is null)
                    screen.Note($"{problem}.");
                else
                    card.Values[field.Id] = value;
            }
            // Teams sends every input, empty ones as "".
            values[field.Id] = value ?? "";
        }
        return values;
    }

    private async Task SubmitAsync(ChatCard card, ChatButton button, JsonObject values)
    {
        // Teams sends a submit whose data is a string, or an imBack, as a plain message with that text.
        if (button.Data is { ValueKind: JsonValueKind.String } text)
        {
            await SayAsync(text.GetString()!);
            return;
        }
        if (values["msteams"] is JsonObject teams)
        {
            values.Remove("msteams");
            if ((string?)teams["type"] == "imBack" && (string?)teams["value"] is { } back)
            {
                await SayAsync(back);
                return;
            }
            if ((string?)teams["type"] == "messageBack")
            {
                var value = teams["value"] is JsonObject extra ? Merge(extra, values) : values;
                await SendAsync(ChatActivities.Message(_user, _locale, (string?)teams["text"], Element(value), card.ActivityId));
                return;
            }
        }
        await SendAsync(ChatActivities.Message(_user, _locale, null, Element(values), card.ActivityId));
    }

    private async Task ExecuteAsync(ChatCard card, ChatButton button, JsonObject values)
    {
        var action = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = button.Verb, ["data"] = values },
            ["trigger"] = "manual",
        };
        if (await SendAsync(ChatActivities.Execute(_user, _locale, Element(action), card.ActivityId)) is not { ValueKind: JsonValueKind.Object } response)
            return;
        var type = response.TryGetProperty("type", out var t) ? t.GetString() : null;
        var value = response.TryGetProperty("value", out var v) ? v : default;
        if (type == Replies.AdaptiveCardContentType)
            screen.Show(_user.ConversationId, card.ActivityId, Replies.Card(value), replaces: true);
        else if (type == "application/vnd.microsoft.activity.message" && value.ValueKind == JsonValueKind.String)
            screen.Show(_user.ConversationId, null, Replies.Text(value.GetString()!));
        else if (type == "application/vnd.microsoft.error")
            screen.Note($"The bot answered with an error: {(value.ValueKind == JsonValueKind.Object && value.TryGetProperty("message", out var m) ? m.GetString() : value.ToString())}");
    }

    private static JsonObject Merge(JsonObject first, JsonObject second)
    {
        var merged = (JsonObject)first.DeepClone();
        foreach (var (key, node) in second)
            merged[key] = node?.DeepClone();
        return merged;
    }

    private static JsonElement Element(JsonObject value) => JsonSerializer.SerializeToElement(value, CardJson.Default.JsonObject);
}
