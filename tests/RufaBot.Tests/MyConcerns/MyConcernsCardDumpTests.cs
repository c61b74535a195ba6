using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.MyConcerns;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.MyConcerns;

/// <summary>
/// Every "my concerns" card state, in English and French, written to <c>RUFABOT_CARD_DUMP</c> (default: a temp
/// folder) for the official renderer in CI: the list (empty and full), one concern (open, with a question, refused
/// overlong text given back, closed) and the submitted card that replaces a summary.
/// </summary>
public sealed class MyConcernsCardDumpTests : RunningBot
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public async Task EveryCardState_IsTeamsSized_AndIsDumpedForTheRenderer(string locale)
    {
        var stored = new StoredConcerns(App.Services);
        var t = new Transcript(Bot, Connector, locale: locale);
        var words = locale.StartsWith("fr") ? ("mes préoccupations", "ouvrir") : ("my concerns", "open");
        var cards = new List<(string Name, JsonObject Card)>();
        async Task Say(string name, Func<Task<Transcript>> step)
        {
            await step();
            cards.Add((name, t.LastCard()));
        }

        await Say("list-empty", () => t.Send(words.Item1));
        var open = await stored.SubmitAsync();
        var asked = await stored.SubmitAsync(consent: "anonymous");
        await stored.ActAsync(asked, (c, fp, at) => { c.Acknowledge(fp, at); c.RequestInformation("Which *village*? See http://example.org", fp, at); });
        var closed = await stored.SubmitAsync(consent: "named");
        await stored.ActAsync(closed, (c, fp, at) => c.Close("duplicate", fp, at));
        await Say("list", () => t.Send(words.Item1));
        await Say("detail", () => t.Send($"{words.Item2} {open}"));
        await Say("detail-question", () => t.Submit(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "open", ["reference"] = asked }));
        await Say("detail-added", () => t.Submit(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "add", ["reference"] = asked, ["information"] = "Kabimba, [near](http://x) the river" }));
        await Say("detail-too-long", () => t.Submit(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "add", ["reference"] = open, ["information"] = new string('é', Concern.MaxTextLength + 1) }));
        await Say("detail-closed", () => t.Send($"{words.Item2} {closed}"));
        var made = App.Services.GetRequiredService<MyConcernsCards>();
        cards.Add(("submitted", made.Submitted(new ConcernService.Submitted(open, Routed: true), locale)));
        cards.Add(("submitted-no-route", made.Submitted(new ConcernService.Submitted(open, Routed: false), locale)));
        cards.Add(("submitted-unlinked", made.Submitted(new ConcernService.Submitted(open, Routed: true, "k7p3m-x9dq2-h4tfw-r8bn6"), locale)));
        cards.Add(("forgotten", made.Forgotten(open, "k7p3m-x9dq2-h4tfw-r8bn6", locale)));
        await Say("forget-confirm", () => t.Submit(new JsonObject { ["rufa"] = "myConcerns", ["verb"] = "forget", ["reference"] = asked }));
        await Say("follow-up-form", () => t.Submit(new JsonObject { ["rufa"] = "followUp" }));

        var folder = Environment.GetEnvironmentVariable("RUFABOT_CARD_DUMP") is { Length: > 0 } dump ? dump : Path.Combine(Path.GetTempPath(), "rufabot-cards");
        Directory.CreateDirectory(folder);
        foreach (var (name, card) in cards)
        {
            var json = card.ToJsonString();
            Assert.Equal("1.5", (string?)card["version"]);
            Assert.True(global::RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject()) <= 28 * 1024, $"{name} is {RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject())} bytes in UTF-16");
            Assert.DoesNotContain("http://example", json);
            Assert.DoesNotContain("(http://x)", json);
            await File.WriteAllTextAsync(Path.Combine(folder, $"my-concerns-{name}.{locale[..2]}.json"), json);
        }
    }
}
