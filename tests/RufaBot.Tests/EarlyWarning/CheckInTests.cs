using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Concerns;
using RufaBot.EarlyWarning.CheckIns;
using RufaBot.Escalation.Outbox;
using RufaBot.Tests.Cards;
using RufaBot.Tests.Conversations;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.EarlyWarning;

/// <summary>
/// Check-ins against retaliation on the real bot, with a fake clock for the scheduler: sent after close when due and
/// once; only the reporter may answer; a consented yes reaches the ethics channel only, never a focal point who holds
/// the concern; the trail records the answer without content; "off" stops them.
/// </summary>
public sealed class CheckInTests : EscalationBot
{
    private const string Ethics = "00000000-0000-0000-0000-0000000000e1";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["EarlyWarning:CheckIns:Enabled"] = "false",
        ["EarlyWarning:CheckIns:AfterSubmissionDays:0"] = "200",
        ["EarlyWarning:CheckIns:EthicsAadObjectIds:0"] = Ethics,
        // A focal point who holds the concern is also in the ethics list: they must still never be told.
        ["EarlyWarning:CheckIns:EthicsAadObjectIds:1"] = Fp1,
        ["EarlyWarning:Patterns:Enabled"] = "false",
        ["EarlyWarning:Brief:ScheduleEnabled"] = "false",
    };

    [Fact]
    public async Task AReporter_IsCheckedInOnAfterClose_AndAYes_ReachesTheEthicsChannelOnly()
    {
        var concern = await SubmitAsync(change: Mild);
        await PressAsync(Fp1, "acknowledge", concern);
        await PressAsync(Fp1, "close", await LoadAsync(concern.Id), ("closeOutcome", "AdviceGiven"), ("closeReason", "advice given"));
        var closedAt = (await LoadAsync(concern.Id)).ClosedAt!.Value;

        var clock = new FakeTimeProvider(closedAt.AddDays(29));
        var scheduler = ActivatorUtilities.CreateInstance<CheckInScheduler>(App.Services, (TimeProvider)clock);
        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await scheduler.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None));

        // Queued at the fake clock's time, so the dispatcher (on the real clock) holds it: read it from the outbox.
        string checkIn;
        await using (var db = NewContext())
        {
            var queued = await db.Set<OutboxMessage>().SingleAsync(m => m.Purpose == CheckInScheduler.Purpose);
            Assert.Equal(ReporterChat, queued.Recipient.ConversationId);
            checkIn = queued.ActivityJson;
        }
        Assert.Contains("has anything happened at work", checkIn);
        CardDump.Write("early-warning-check-in", JsonNode.Parse(checkIn)!["attachments"]![0]!["content"]!.AsObject());
        Assert.Contains(concern.Reference, checkIn);
        Assert.DoesNotContain("Kalemie", checkIn);

        Assert.Contains("not one you can answer", await AnswerAsync(Fp2, concern.Id, "yes"));
        Assert.Contains("ethics office to contact you", await AnswerAsync(ReporterAad, concern.Id, "yes"));
        Assert.Contains("has been asked to contact you", await AnswerAsync(ReporterAad, concern.Id, "consent"));

        await using (var db = NewContext())
        {
            var told = await db.Set<OutboxMessage>().Where(m => m.Purpose == CheckInCommand.EthicsPurpose).ToListAsync();
            Assert.Equal([Ethics], told.Select(m => m.Recipient.AadObjectId));
            // The name and the reference, nothing else of the concern (its place is the probe).
            Assert.Contains(concern.Reference, told[0].ActivityJson);
            Assert.DoesNotContain("Kalemie", told[0].ActivityJson);
        }
        var trail = (await LoadAsync(concern.Id)).Events.Where(e => e.Kind == ConcernEventKind.CheckInAnswered).ToList();
        Assert.Equal(["yes, sent to the ethics channel"], trail.Select(e => e.Note));

        Assert.Contains("no more check-ins", await AnswerAsync(ReporterAad, concern.Id, "off"));
        clock.Advance(TimeSpan.FromDays(90));
        Assert.Equal(0, await scheduler.RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task AReporterWhoSaysYes_ButDeclinesToBePassedOn_TellsNobody()
    {
        var concern = await SubmitAsync(change: Mild);

        Assert.Contains("ethics office to contact you", await AnswerAsync(ReporterAad, concern.Id, "yes"));
        Assert.Contains("nobody has been told", await AnswerAsync(ReporterAad, concern.Id, "noConsent"));

        await using var db = NewContext();
        Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.Purpose == CheckInCommand.EthicsPurpose));
        var trail = (await LoadAsync(concern.Id)).Events.Where(e => e.Kind == ConcernEventKind.CheckInAnswered).Select(e => e.Note);
        Assert.Equal(["yes, no consent to pass it on"], trail);
    }

    [Fact]
    public void Due_FollowsTheSchedule_AndCountsDaysPassedTogetherOnce()
    {
        var settings = new RufaBot.EarlyWarning.CheckInOptions();
        var created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Null(CheckInScheduler.Due(created, null, null, settings, created.AddDays(29)));
        Assert.Equal(("submission:30", 1, 0), CheckInScheduler.Due(created, null, null, settings, created.AddDays(30)));
        Assert.Equal(("submission:90", 2, 0), CheckInScheduler.Due(created, null, null, settings, created.AddDays(120)));
        var state = new CheckInState { SubmissionSent = 2 };
        Assert.Equal(("close:30", 2, 1), CheckInScheduler.Due(created, created.AddDays(100), state, settings, created.AddDays(130)));
    }

    private async Task<string> AnswerAsync(string aad, Guid concern, string answer)
    {
        var t = new Transcript(Bot, Connector);
        var activity = t.Activity(new JsonObject { ["value"] = new JsonObject { ["rufa"] = "checkIn", ["concern"] = concern.ToString("D"), ["answer"] = answer } });
        activity["from"] = new JsonObject { ["id"] = "29:" + aad, ["aadObjectId"] = aad, ["name"] = aad };
        (await Bot.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();
        await t.Collect();
        return string.Join("\n", t.LastReplies.Select(r => r.ToJsonString()));
    }
}
