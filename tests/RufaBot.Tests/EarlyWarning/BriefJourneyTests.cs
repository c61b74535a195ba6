using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.EarlyWarning.Brief;
using RufaBot.Escalation.Outbox;
using RufaBot.Tests.Cards;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>
/// 'brief' on the real bot for a seeded quarter: the card's figures, the chart and the files behind their signed
/// links, the small-count rule, nothing that identifies anyone; who may ask; the automatic brief before a review.
/// </summary>
public sealed class BriefJourneyTests : EscalationBot
{
    private static readonly DateOnly Review = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Escalation:Routing:Regions:CD"] = "central-africa",
        ["Escalation:Routing:Regions:UG"] = "central-africa",
        ["Escalation:Routing:Regions:KE"] = "east-africa",
        ["Escalation:Sla:RegionalReviewDates:0"] = Review.ToString("yyyy-MM-dd"),
        ["EarlyWarning:Brief:PublicBaseUrl"] = "https://rufabot.invalid/",
        ["EarlyWarning:Brief:ScheduleEnabled"] = "false",
        ["EarlyWarning:Patterns:Enabled"] = "false",
        ["EarlyWarning:CheckIns:Enabled"] = "false",
    };

    [Fact]
    public async Task Brief_ForASeededQuarter_GivesTheFigures_AChart_AndFiles_ThatIdentifyNoOne()
    {
        await SeedAsync();

        var card = await BriefCardAsync(Regional, "brief central-africa 2026-Q3");

        var facts = Descendants(card).Where(n => n["title"] is not null && n["value"] is not null)
            .Select(n => ((string)n["title"]!, (string)n["value"]!)).ToList();
        Assert.Contains(("Concerns", "7"), facts);
        Assert.Contains(("Change", "+4 on 2026-Q2 (3)"), facts);
        Assert.Contains(("Acknowledged within the SLA", "4 of 5 (median 6.0 h)"), facts);
        Assert.Contains(("Decided within the SLA", "fewer than 3 of fewer than 3 (median – h)"), facts);
        Assert.Contains(("Concerns with a missed SLA", "fewer than 3"), facts);
        Assert.Contains(facts, f => f.Item1.Contains("(CD)") && f.Item2 == "5");
        Assert.Contains(facts, f => f.Item1.Contains("(UG)") && f.Item2 == "fewer than 3");
        var text = card.ToJsonString();
        Assert.DoesNotContain("Kalemie", text);
        Assert.DoesNotContain(IntakeAnswers.Narrative, text);
        Assert.DoesNotContain("accreditation", text);
        // The renderer runs offline and cannot fetch the chart; the chart itself is checked through its link below.
        var dumped = card.DeepClone().AsObject();
        dumped["body"]!.AsArray().Remove(dumped["body"]!.AsArray().Single(n => (string?)n!["type"] == "Image"));
        CardDump.Write("early-warning-brief", dumped);

        var chart = await DownloadAsync(Descendants(card).Single(n => (string?)n["type"] == "Image")["url"]!.ToString());
        Assert.Equal("image/png", chart.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await chart.Content.ReadAsByteArrayAsync())[..4]);

        var links = Descendants(card).Where(n => (string?)n["type"] == "Action.OpenUrl").Select(n => n["url"]!.ToString()).ToList();
        Assert.Equal(2, links.Count);
        var csv = await (await DownloadAsync(links[0])).Content.ReadAsStringAsync();
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal(["Section", "Item", "Value", "Detail"], rows[0]);
        Assert.Contains(rows, r => r is ["total", "concerns", "7", ""]);
        Assert.Contains(rows, r => r is ["country", "CD", "5", ""]);
        Assert.Contains(rows, r => r is ["country", "UG", "<3", ""]);
        Assert.DoesNotContain("Kalemie", csv);
        Assert.DoesNotContain(ReporterName, csv);
        var xlsx = await DownloadAsync(links[1]);
        Assert.Equal(BriefFiles.XlsxType, xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);

        // A token changed by one character is refused like one that never existed.
        var forged = links[0][..^3] + (links[0][^3] == 'A' ? 'B' : 'A') + links[0][^2..];
        Assert.Equal(HttpStatusCode.NotFound, (await Bot.GetAsync(new Uri(forged).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Brief_IsOnlyForTheRegionalSecretariatAndHeadquarters()
    {
        foreach (var someone in new[] { Fp1, Adviser })
            Assert.Contains("is for the regional review secretariat", await SayAsync(someone, "brief central-africa"));
        Assert.Contains("Regional Quarterly Review brief", await SayAsync(Hq, "brief central-africa"));
        Assert.Contains("Which region?", await SayAsync(Hq, "brief"));
    }

    [Fact]
    public async Task TheAutomaticBrief_GoesToB3AndB4_OncePerRegionBeforeTheReview()
    {
        await SeedAsync();
        var scheduler = App.Services.GetRequiredService<BriefScheduler>();

        Assert.Equal(2, await scheduler.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None));

        await using var db = NewContext();
        var sent = await db.Set<OutboxMessage>().Where(m => m.Purpose == BriefScheduler.Purpose).ToListAsync();
        Assert.Equal([Regional, Regional, Hq, Hq], sent.Select(m => m.Recipient.AadObjectId!).OrderBy(id => id == Hq));
    }

    private async Task SeedAsync()
    {
        await using var db = NewContext();
        db.Concerns.AddRange(BriefSeed.Build());
        await db.SaveChangesAsync();
    }

    private async Task<JsonObject> BriefCardAsync(string aad, string text)
    {
        var replies = await RepliesAsync(aad, text);
        return replies.Select(r => r["attachments"]?[0]?["content"]).OfType<JsonObject>().Single();
    }

    private async Task<string> SayAsync(string aad, string text) => string.Join("\n", (await RepliesAsync(aad, text)).Select(r => r.ToJsonString()));

    private async Task<IReadOnlyList<JsonObject>> RepliesAsync(string aad, string text)
    {
        var t = new Transcript(Bot, Connector);
        var activity = t.Activity(new JsonObject { ["text"] = text });
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        await t.Collect();
        return t.LastReplies;
    }

    // The links name the public address; the test host listens on loopback.
    private async Task<HttpResponseMessage> DownloadAsync(string link)
    {
        var response = await Bot.GetAsync(new Uri(link).PathAndQuery);
        response.EnsureSuccessStatusCode();
        return response;
    }
}
