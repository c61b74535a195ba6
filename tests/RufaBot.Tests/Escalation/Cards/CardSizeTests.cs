using System.Text;
using System.Text.Json.Nodes;
using RufaBot.Escalation.Cards;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Cards;

/// <summary>
/// Teams refuses a message over about 28 KB. A concern written at every text's limit, in a script that System.Text.Json
/// escapes to six bytes a character, with its reporter's added information and a long trail of decisions, still gives a
/// card under <see cref="EscalationCard.MaxCardBytes"/>, with every button, saying that it is shortened, and with no
/// character cut in half. The card is written to <c>RUFABOT_CARD_DUMP</c> for the official renderer.
/// </summary>
public sealed class CardSizeTests : EscalationBot
{
    // One emoji is two UTF-16 code units; the leading letter puts every cut point between the halves of a pair.
    private static readonly string Longest = "a" + string.Concat(Enumerable.Repeat("\U0001F525", (RufaBot.Concerns.Concern.MaxTextLength - 1) / 2));

    [Fact]
    public async Task ConcernAtEveryLimit_GivesACardTeamsAccepts_WithEveryButton()
    {
        var c = await SubmitAsync(change: i => i with { Description = Longest, Place = Longest[..199] });
        await PressAsync(Fp1, "acknowledge", c);
        await PressAsync(Fp1, "askReporter", await LoadAsync(c.Id), ("question", Longest));
        for (var i = 0; i < 3; i++)
            await Concerns.AddInformationAsync(c.Reference, ReporterAad, Longest, CancellationToken.None);
        await PressAsync(Fp1, "escalate", await LoadAsync(c.Id), ("escalateReason", Longest));
        await PressAsync(Adviser, "escalate", await LoadAsync(c.Id), ("escalateReason", Longest));
        for (var i = 0; i < 6; i++)
            Assert.Equal(200, (await PressAsync(Regional, "recordDecision", await LoadAsync(c.Id), ("decisionNote", Longest))).Status);

        var (_, body) = await PressAsync(Regional, "refresh", await LoadAsync(c.Id));
        var card = CardOf(body);

        var json = card.ToJsonString();
        Assert.True(global::RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject()) <= EscalationCard.MaxCardBytes, $"the card is {RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject())} bytes in UTF-16");
        Assert.Contains("shortened on this card", json, StringComparison.Ordinal);
        Assert.Equal(["acknowledge", "escalate", "refer", "close", "recordDecision", "declareConflict"], Verbs(card).Where(v => v != "revealReporter"));
        Assert.DoesNotContain(Texts(card), Fuzzing.HostileText.HasLoneSurrogate);
        await Dump("escalation-at-every-limit.json", json);
    }

    [Fact]
    public async Task AnOrdinaryConcern_IsNotShortened()
    {
        var c = await SubmitAsync();
        var (_, body) = await PressAsync(Fp1, "refresh", c);
        Assert.DoesNotContain("shortened on this card", CardOf(body).ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("abcdef", 10, "abcdef")]
    [InlineData("abcdef", 3, "abc…")]
    [InlineData("a\U0001F525b", 2, "a…")]
    [InlineData("a\U0001F525b", 3, "a\U0001F525…")]
    public void Cut_NeverSplitsASurrogatePair(string text, int max, string expected) =>
        Assert.Equal(expected, CardDetail.Cut(text, max));

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static async Task Dump(string name, string json)
    {
        var folder = Environment.GetEnvironmentVariable("RUFABOT_CARD_DUMP") is { Length: > 0 } dump ? dump : Path.Combine(Path.GetTempPath(), "rufabot-cards");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, name), json);
    }
}
