using System.Text.Json.Nodes;

namespace RufaBot.Cards;

/// <summary>
/// Small builders for Adaptive Card 1.5 JSON (the version Teams renders). Each returns a plain
/// <see cref="JsonObject"/>, so cards stay data; every card is checked with the official renderer in CI.
/// </summary>
internal static class AdaptiveCard
{
    public const string Version = "1.5";

    public static JsonObject Create(JsonArray body, JsonArray? actions = null) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["body"] = body,
        ["actions"] = actions ?? [],
    };

    public static JsonObject TextBlock(string text, bool bold = false, bool subtle = false, string? color = null, string? size = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold) block["weight"] = "Bolder";
        if (subtle) block["isSubtle"] = true;
        if (color is not null) block["color"] = color;
        if (size is not null) block["size"] = size;
        return block;
    }

    /// <summary>An Action.Submit; <paramref name="validateInputs"/> false sends no inputs (for Help, Back, Cancel).</summary>
    public static JsonObject Submit(string title, JsonObject data, bool validateInputs = true, bool primary = false)
    {
        var action = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };
        if (!validateInputs) action["associatedInputs"] = "none";
        if (primary) action["style"] = "positive";
        return action;
    }

    public static JsonArray Choices(IEnumerable<(string Value, string Title)> choices) =>
        [.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })];
}
