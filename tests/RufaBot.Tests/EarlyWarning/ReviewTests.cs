using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Concerns;
using RufaBot.Tests.Cards;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>
/// "review HR-…" on the real bot under a fake clock: a concern acknowledged late and closed in time, then its decision
/// timeline for the review role: who may ask (reviewer, not a focal point, the reporter or a stranger, who learn
/// nothing of the reference), every transition with the SLA met or missed, the files behind the signed links and
/// their expiry, the reporter and narrative withheld unless the role's options show them, each read in the trail.
/// </summary>
public abstract class ReviewBot : EscalationBot
{
    public const string Reviewer = "00000000-0000-0000-0000-0000000000a1";
    private protected const string Stranger = "00000000-0000-0000-0000-0000000000c9";

    // A Monday, so that one business day is the next morning.
    private protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["EarlyWarning:Review:ReviewerAadObjectIds:0"] = Reviewer,
        ["EarlyWarning:Brief:PublicBaseUrl"] = "https://rufabot.invalid/",
        ["EarlyWarning:Brief:ScheduleEnabled"] = "false",
        ["EarlyWarning:Patterns:Enabled"] = "false",
        ["EarlyWarning:CheckIns:Enabled"] = "false",
        // The timeline is read from the trail; the timers' reminders would only add lines.
        ["Escalation:Sla:Enabled"] = "false",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<TimeProvider>(Clock);
    }

    /// <summary>Submitted Monday 08:00, acknowledged two days later (late), closed an hour after that (in time).</summary>
    private protected async Task<Concern> ClosedLateAsync()
    {
        var concern = await SubmitAsync(change: Mild);
        Clock.Advance(TimeSpan.FromDays(2));
        await PressAsync(Fp1, "acknowledge", await LoadAsync(concern.Id));
        Clock.Advance(TimeSpan.FromHours(1));
        await PressAsync(Fp1, "close", await LoadAsync(concern.Id), ("closeOutcome", "AdviceGiven"), ("closeReason", "advice given by the entity"));
        return await LoadAsync(concern.Id);
    }

    private protected async Task<IReadOnlyList<JsonObject>> SayAsync(string aad, string text)
    {
        var t = new Transcript(Bot, Connector);
        var activity = t.Activity(new JsonObject { ["text"] = text });
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        await t.Collect();
        return t.LastReplies;
    }

    private protected async Task<string> TextAsync(string aad, string text) => string.Join("\n", (await SayAsync(aad, text)).Select(r => (string?)r["text"]));

    private protected async Task<JsonObject> CardAsync(string text) =>
        (await SayAsync(Reviewer, text)).Select(r => r["attachments"]?[0]?["content"]).OfType<JsonObject>().Single();

    private protected static List<string> Links(JsonObject card) =>
        [.. Descendants(card).Where(n => (string?)n["type"] == "Action.OpenUrl").Select(n => new Uri(n["url"]!.ToString()).PathAndQuery)];
}

public sealed class ReviewTests : ReviewBot
{
    private const string NotAllowed = "for the review role";

    [Fact]
    public async Task OnlyTheReviewer_GetsAClosedConcernsTimeline_AndOthersLearnNothingOfTheReference()
    {
        var concern = await SubmitAsync(change: Mild);
        Assert.Contains("is not closed", await TextAsync(Reviewer, "review " + concern.Reference));
        Assert.Contains("No concern has the reference", await TextAsync(Reviewer, "review HR-0000-0000"));

        await PressAsync(Fp1, "acknowledge", await LoadAsync(concern.Id));
        await PressAsync(Fp1, "close", await LoadAsync(concern.Id), ("closeOutcome", "AdviceGiven"), ("closeReason", "advice given"));
        foreach (var person in new[] { Fp1, Regional, ReporterAad, Stranger })
        {
            var known = await TextAsync(person, "review " + concern.Reference);
            Assert.Contains(NotAllowed, known);
            Assert.Equal(known, await TextAsync(person, "review HR-0000-0000"));
        }
        Assert.DoesNotContain((await LoadAsync(concern.Id)).Events, e => e.Kind == ConcernEventKind.Reviewed);

        var card = await CardAsync("review " + concern.Reference.ToLowerInvariant());
        Assert.Contains("Decision timeline of " + concern.Reference, card.ToJsonString());
        var reviewed = Assert.Single((await LoadAsync(concern.Id)).Events, e => e.Kind == ConcernEventKind.Reviewed);
        Assert.Equal(ConcernRole.Auditor, reviewed.ActorRole);
        Assert.Equal("card", reviewed.Note);
    }

    [Fact]
    public async Task TheTimeline_ShowsEveryTransition_TheSlaMetOrMissed_AndWithholdsTheReporterAndNarrative()
    {
        var concern = await ClosedLateAsync();

        var card = await CardAsync("review " + concern.Reference);
        CardDump.Write("early-warning-review", card);
        var lines = Descendants(card).Where(n => (string?)n["type"] == "TextBlock").Select(n => (string)n["text"]!).ToList();
        var steps = lines.Where(l => l.Contains(" · ", StringComparison.Ordinal)).ToList();
        Assert.Collection(steps,
            l => Assert.Contains("Submitted", l),
            l => Assert.Contains("Assigned", l),
            l => Assert.Matches("Acknowledged.*\\(Fatou Diop\\)[\\s\\S]*SLA \\(acknowledge\\).*missed", l),
            l => Assert.Matches("Closed.*\\(Fatou Diop\\)[\\s\\S]*advice given by the entity[\\s\\S]*SLA \\(triage\\).*met", l));
        var text = card.ToJsonString();
        Assert.Contains("Withheld from the review role", text);
        Assert.DoesNotContain(ReporterName, text);
        Assert.DoesNotContain(IntakeAnswers.Narrative, text);
        Assert.DoesNotContain("Kalemie", text);

        var links = Links(card);
        Assert.Equal(2, links.Count);
        var csv = await (await Bot.GetAsync(links[0])).Content.ReadAsStringAsync();
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.StartsWith("Reference,AtUtc,Event,Tier,Role,Name,Why,SlaMilestone,SlaDueUtc,SlaMet", rows[0]);
        Assert.Contains(rows, r => r.StartsWith($"{concern.Reference},,Reporter,", StringComparison.Ordinal) && r.Contains(",withheld,"));
        Assert.Contains(rows, r => r.StartsWith($"{concern.Reference},,Narrative,", StringComparison.Ordinal) && r.Contains(",withheld,"));
        Assert.Contains(rows, r => r.Contains(",Acknowledged,B1,", StringComparison.Ordinal) && r.Contains(",Acknowledge,2026-1", StringComparison.Ordinal) && r.EndsWith(",missed", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains(",Closed,B1,", StringComparison.Ordinal) && r.EndsWith(",met", StringComparison.Ordinal));
        Assert.DoesNotContain(ReporterName, csv);
        Assert.DoesNotContain("Kalemie", csv);
        var xlsx = await Bot.GetAsync(links[1]);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(["card", "csv", "xlsx"], (await LoadAsync(concern.Id)).Events.Where(e => e.Kind == ConcernEventKind.Reviewed).Select(e => e.Note));

        // The links are short-lived, and a changed token is refused like one that never was.
        var forged = links[0][..^3] + (links[0][^3] == 'A' ? 'B' : 'A') + links[0][^2..];
        Assert.Equal(HttpStatusCode.NotFound, (await Bot.GetAsync(forged)).StatusCode);
        Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(HttpStatusCode.NotFound, (await Bot.GetAsync(links[0])).StatusCode);
    }
}

public sealed class ReviewDisclosureTests : ReviewBot
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["EarlyWarning:Review:ShowsReporter"] = "true",
        ["EarlyWarning:Review:ShowsNarrative"] = "true",
    };

    [Fact]
    public async Task ARoleThatMaySeeThem_GetsTheReporterAndNarrative_InTheCardAndTheFile_AndTheTrailSaysSo()
    {
        var concern = await ClosedLateAsync();

        var card = await CardAsync("review " + concern.Reference);
        CardDump.Write("early-warning-review-disclosed", card);
        var text = card.ToJsonString();
        Assert.Contains(ReporterName, text);
        Assert.Contains(IntakeAnswers.Narrative, text);
        Assert.DoesNotContain("Withheld from the review role", text);
        var csv = await (await Bot.GetAsync(Links(card)[0])).Content.ReadAsStringAsync();
        Assert.Contains(ReporterName, csv);
        Assert.Contains(IntakeAnswers.Narrative, csv);
        Assert.Equal(["card, reporter shown", "csv, reporter shown"],
            (await LoadAsync(concern.Id)).Events.Where(e => e.Kind == ConcernEventKind.Reviewed).Select(e => e.Note));
    }
}
