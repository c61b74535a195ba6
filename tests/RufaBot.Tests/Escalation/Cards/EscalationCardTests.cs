using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Escalation.Cards;

/// <summary>
/// The escalation card for each state, tier, viewer and consent mode, as the bot answers a refresh: buttons only for
/// the focal points assigned at the current tier, the reporter's words only where the role may read them, and nothing
/// that identifies the reporter on any card (name, directory id, chat, keyed hash), checked by scanning the JSON.
/// Every variant is written to <c>RUFABOT_CARD_DUMP</c> (escalation-*.json) for the official renderer.
/// </summary>
public sealed class EscalationCardTests : EscalationBot
{
    private const string Narrative = RufaBot.Tests.Concerns.IntakeAnswers.Narrative;
    private const string Place = "Kalemie, market district";

    private readonly Dictionary<string, JsonObject> _cards = [];

    [Theory]
    [InlineData("Anonymous")]
    [InlineData("Confidential")]
    [InlineData("Named")]
    public async Task EveryStateAndViewer_ShowsWhatTheRoleMaySee_AndNeverTheReporter(string consentMode)
    {
        var consent = Enum.Parse<ConsentMode>(consentMode);
        var c = await SubmitAsync(consent);
        await View("submitted-assigned", Fp1, c, content: true, actions: true);
        await View("submitted-backup", Backup, c, content: false, actions: false, outsider: true);
        await View("submitted-outsider", Adviser, c, content: false, actions: false, outsider: true);

        await PressAsync(Fp1, "acknowledge", c);
        c = await LoadAsync(c.Id);
        await View("acknowledged-assigned", Fp2, c, content: true, actions: true);
        await PressAsync(Fp1, "askReporter", c, ("question", "How many families *left*? [link](http://x)"));
        c = await LoadAsync(c.Id);
        await Concerns.AddInformationAsync(c.Reference, ReporterAad, "About forty families, see <b>list</b>", CancellationToken.None);
        c = await LoadAsync(c.Id);
        await View("answered-assigned", Fp1, c, content: true, actions: true);
        await PressAsync(Fp1, "close", c, ("closeOutcome", "Redirected"), ("closeReason", "Handled by the protection cluster"));
        c = await LoadAsync(c.Id);
        await View("close-pending-requester", Fp1, c, content: true, actions: true);
        await View("close-pending-second", Fp2, c, content: true, actions: true);

        await PressAsync(Fp2, "escalate", c, ("escalateReason", "Attacks continue after the meeting"));
        c = await LoadAsync(c.Id);
        await View("b2-assigned", Adviser, c, content: true, actions: true);
        await View("b2-former-tier", Fp1, c, content: true, actions: false);
        await PressAsync(Adviser, "escalate", c, ("escalateReason", "Pattern across the region"));
        c = await LoadAsync(c.Id);
        await View("b3-assigned", Regional, c, content: false, actions: true);
        await View("b3-former-tier", Adviser, c, content: true, actions: false);
        await PressAsync(Regional, "recordDecision", c, ("decisionNote", "Raised at the regional quarterly review"));
        await PressAsync(Regional, "escalate", await LoadAsync(c.Id), ("escalateReason", "Heightened risk"));
        c = await LoadAsync(c.Id);
        await View("b4-assigned", Hq, c, content: false, actions: true);
        await PressAsync(Hq, "acknowledge", c);
        await PressAsync(Hq, "refer", await LoadAsync(c.Id), ("referTo", "OHCHR"), ("referReason", "Monitoring mandate"));
        c = await LoadAsync(c.Id);
        await View("referred-assigned", Hq, c, content: false, actions: true);
        await PressAsync(Hq, "close", c, ("closeOutcome", "AdviceGiven"), ("closeReason", "Taken up by OHCHR"));
        c = await LoadAsync(c.Id);
        await View("closed-assigned", Hq, c, content: false, actions: false);
        await View("closed-first-tier", Fp1, c, content: true, actions: false);

        if (consent != ConsentMode.Anonymous)
        {
            var mild = await SubmitAsync(consent, Mild);
            (_, var revealed) = await PressAsync(Fp1, "revealReporter", mild, ("revealReason", "Protection measures"), ("revealConfirm", "true"));
            Assert.Contains(ReporterName, CardOf(revealed).ToJsonString());
            Keep("revealed", CardOf(revealed));
        }
        var misconduct = await SubmitAsync(consent, i => Mild(i) with { Perpetrators = Perpetrator.UnPersonnel });
        var (_, m) = await PressAsync(Fp1, "refresh", misconduct);
        Assert.Contains("misconduct channel (OIOS", CardOf(m).ToJsonString());
        Keep("misconduct", CardOf(m));

        await DumpAsync(consent);
    }

    [Fact]
    public async Task InFrench_TheCardIsFrench()
    {
        var c = await SubmitAsync();
        var activity = new JsonObject { ["rufa"] = "escalation", ["concern"] = c.Id.ToString("D"), ["version"] = c.Version };
        var (_, body) = await InvokeFrenchAsync(activity);
        var card = CardOf(body);
        var texts = Descendants(card).Select(n => (string?)n["text"] ?? (string?)n["title"]).OfType<string>().ToList();
        Assert.Contains("Préoccupation " + c.Reference, texts);
        Assert.Contains("Prendre en charge", texts);
        Keep("fr", card);
        await DumpAsync(ConsentMode.Confidential, "fr-");
    }

    [Fact]
    public async Task DateTemplatesBidiAndZeroWidthCharacters_FromPeople_ReachTheCardNeutralised()
    {
        const string Hostile = "{{DATE(2017-02-14T06:08:39Z,SHORT)}} {{TIME(2017-02-14T06:08:39Z)}} \u202Eegassem\u202C "
            + "in\u200Bvi\u200Csi\u200Dble\u2060 te\uFEFFxt \u2066\u2067\u2068x\u2069 {\u200B{DATE(2017-02-14T06:08:39Z)}}";
        var c = await SubmitAsync(change: i => i with { Description = i.Description + " " + Hostile, Place = "Kalemie \u202Ekram" });
        await PressAsync(Fp1, "acknowledge", c);
        await PressAsync(Fp1, "askReporter", await LoadAsync(c.Id), ("question", "Asked: " + Hostile));
        await Concerns.AddInformationAsync(c.Reference, ReporterAad, "Added: " + Hostile, CancellationToken.None);
        await PressAsync(Fp1, "escalate", await LoadAsync(c.Id), ("escalateReason", "Escalated: " + Hostile));

        // The first tier reads everything: the narrative, the place, the question, the added information and the reason.
        var (_, body) = await PressAsync(Fp1, "refresh", await LoadAsync(c.Id));
        var card = CardOf(body);
        Keep("neutralised", card);

        var strings = Strings(card).ToList();
        Assert.All(strings, s => Fuzzing.CardChecks.AssertNoTemplateOrInvisible(s, "escalation card"));
        const string Neutral = "{ {DATE(2017-02-14T06:08:39Z,SHORT)}} { {TIME(2017-02-14T06:08:39Z)}} egassem invisible text x { {DATE(2017-02-14T06:08:39Z)}}";
        foreach (var prefix in new[] { Narrative.Split(' ')[0], "Asked: ", "Added: ", "Escalated: " })
            Assert.Contains(strings, s => s.Contains(prefix, StringComparison.Ordinal) && s.Contains(Neutral, StringComparison.Ordinal));
        Assert.Contains(strings, s => s.EndsWith("Kalemie kram", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private async Task<(int, JsonObject)> InvokeFrenchAsync(JsonObject data)
    {
        var activity = Infrastructure.Payloads.Load("personal-invoke-adaptiveCard-action", Connector.ServiceUrl);
        activity["locale"] = "fr-FR";
        activity["from"] = new JsonObject { ["id"] = "29:fp1", ["aadObjectId"] = Fp1 };
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "refresh", ["data"] = data } };
        var response = await Bot.PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(activity));
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private async Task View(string name, string aad, Concern concern, bool content, bool actions, bool outsider = false)
    {
        var (_, body) = await PressAsync(aad, "refresh", concern);
        var card = CardOf(body);
        var json = card.ToJsonString();
        Assert.Equal(content, json.Contains(Narrative.Split(' ')[0] + " rounded up", StringComparison.Ordinal));
        Assert.Equal(content, json.Contains("Kalemie", StringComparison.Ordinal));
        Assert.Equal(actions, Verbs(card).Count > 0);
        Assert.Equal(outsider, json.Contains("not available to you", StringComparison.Ordinal));
        Keep(name, card);
    }

    private void Keep(string name, JsonObject card)
    {
        var json = card.ToJsonString();
        using var db = NewContext();
        var reporterKeys = db.ReporterLinks.Select(l => l.ReporterKey).ToList();
        if (name != "revealed")
        {
            foreach (var secret in reporterKeys.Concat([ReporterName, "Zanele", ReporterAad, ReporterChat, "Kalemie sub-office", "market.jpg", "sharepoint"]))
                Assert.False(json.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{name} shows {secret}: {json}");
        }
        Assert.DoesNotContain("[link](http", json);
        Assert.DoesNotContain("<b>", json);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.True(global::RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject()) <= 28 * 1024, $"{name} is {RufaBot.Cards.CardJson.WireSize(System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject())} bytes");
        _cards[name] = card;
    }

    private async Task DumpAsync(ConsentMode consent, string prefix = "")
    {
        var folder = Environment.GetEnvironmentVariable("RUFABOT_CARD_DUMP") is { Length: > 0 } dump ? dump : Path.Combine(Path.GetTempPath(), "rufabot-cards");
        Directory.CreateDirectory(folder);
        foreach (var (name, card) in _cards)
            await File.WriteAllTextAsync(Path.Combine(folder, $"escalation-{prefix}{consent.ToString().ToLowerInvariant()}-{name}.json"), card.ToJsonString());
    }
}
