using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.Cards;

/// <summary>
/// Drives the bot through every kind of question and state (first ask, re-ask with an error, the way-out offer,
/// prefilled after back, the engine's yes/no questions, French) and writes every card it sent to
/// <c>RUFABOT_CARD_DUMP</c> (default: a temp folder). CI renders each file with the official Adaptive Cards renderer.
/// Here each card is checked for what Teams needs: version 1.5, under 28 KB, inputs named after their step.
/// </summary>
public sealed class CardDumpTests : RunningBot
{
    [Fact]
    public async Task EveryPromptCard_IsTeamsSized_AndIsDumpedForTheRenderer()
    {
        var t = new Transcript(Bot, Connector);
        await t.Send("feedback");
        await t.Answer("topic", "other");
        await t.Send("x");                      // too short: re-ask with an error
        await t.Send("the intranet page");
        await t.Answer("liked", "clarity,speed");
        await t.Send("tomorrow next year");     // not a date
        await t.Send("yesterday");
        await t.Send("Atlantis");               // not a country
        await t.Send("Côte d'Ivoire");
        await t.Send("ten");
        await t.Send("99");
        await t.Send("0");                      // third failure: the way-out offer
        await t.Command("Back");                // prefilled country
        await t.Send("CI");
        await t.Answer("rating", "4");
        await t.Command("Skip");                // screenshots
        await t.Send("start over");             // the engine's own yes/no question
        await t.Send("no");
        await t.Send("cancel");
        await t.Send("yes");
        var fr = new Transcript(Bot, Connector, locale: "fr-FR");
        await fr.Send("avis");
        await fr.Send("aide");

        var cards = Connector.Requests
            .Select(r => JsonNode.Parse(r.Body)!["attachments"]?[0]?["content"]?.AsObject())
            .OfType<JsonObject>()
            .ToList();
        Assert.True(cards.Count >= 20, $"only {cards.Count} cards");

        var folder = Environment.GetEnvironmentVariable("RUFABOT_CARD_DUMP") is { Length: > 0 } dump ? dump : Path.Combine(Path.GetTempPath(), "rufabot-cards");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < cards.Count; i++)
        {
            var json = cards[i].ToJsonString();
            Assert.Equal("1.5", (string?)cards[i]["version"]);
            Assert.True(global::RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject()) <= 28 * 1024, $"card {i} is {RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject())} bytes in UTF-16");
            var inputs = cards[i]["body"]!.AsArray().Where(e => ((string?)e!["type"])?.StartsWith("Input.") == true).ToList();
            // Each input answers the card's step: its own id, or the step's typed alternative (a date in words).
            var step = inputs.Count == 0 ? null : (string?)cards[i]["actions"]![0]!["data"]!["step"];
            Assert.All(inputs, input => Assert.Contains((string?)input!["id"], new[] { step, step + ".typed" }));
            await File.WriteAllTextAsync(Path.Combine(folder, $"prompt-{i:D2}.json"), json);
        }
    }
}
