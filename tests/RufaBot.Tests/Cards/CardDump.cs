using System.Text;
using System.Text.Json.Nodes;

namespace RufaBot.Tests.Cards;

/// <summary>
/// Writes a card to <c>RUFABOT_CARD_DUMP</c> (default: a temp folder) for CI to render with the official renderer,
/// after checking what Teams needs of every card: version 1.5 and at most 28 KB counted in UTF-16.
/// </summary>
public static class CardDump
{
    public static string Folder => Environment.GetEnvironmentVariable("RUFABOT_CARD_DUMP") is { Length: > 0 } dump
        ? dump
        : Path.Combine(Path.GetTempPath(), "rufabot-cards");

    public static void Write(string name, JsonObject card)
    {
        var json = card.ToJsonString();
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.True(global::RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject()) <= 28 * 1024, $"card {name} is {RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject())} bytes in UTF-16 as sent");
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, name + ".json"), json);
    }
}
