using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.EarlyWarning.CheckIns;
using RufaBot.Escalation.Outbox;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Escalation.Journeys;

namespace RufaBot.Tests.Web;

/// <summary>
/// The check-in against retaliation on the follow-up page, for a reporter RufaBot cannot write to, under the app's
/// (fake) clock: asked only once due, only with the passphrase; a consented yes tells the ethics channel the reference
/// and nothing else, never a focal point who holds the concern; every answer is recorded as a word; "off" stops them.
/// </summary>
public sealed class WebCheckInTests : EscalationBot
{
    private const string Ethics = "00000000-0000-0000-0000-0000000000e1";
    private const string Question = "has anything happened at work that you think is connected";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["EarlyWarning:CheckIns:AfterSubmissionDays:0"] = "30",
        ["EarlyWarning:CheckIns:AfterSubmissionDays:1"] = "90",
        ["EarlyWarning:CheckIns:EthicsAadObjectIds:0"] = Ethics,
        // A focal point who holds the concern is also in the ethics list: they must still never be told.
        ["EarlyWarning:CheckIns:EthicsAadObjectIds:1"] = Fp1,
        ["EarlyWarning:Patterns:Enabled"] = "false",
        ["EarlyWarning:Brief:ScheduleEnabled"] = "false",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.AddSingleton<TimeProvider>(_clock);
    }

    [Fact]
    public async Task TheCheckIn_IsAskedOnlyWhenDue_AndAConsentedYes_TellsTheEthicsChannelTheReferenceOnly()
    {
        var (concern, passphrase) = await UnlinkedAsync();
        var door = new DoorBrowser(Bot);

        _clock.Advance(TimeSpan.FromDays(29));
        await OpenAsync(door, concern.Reference, passphrase);
        Assert.DoesNotContain(Question, door.Html, StringComparison.Ordinal);
        await door.PostAsync("/follow-up/check-in", ("reference", concern.Reference), ("passphrase", passphrase), ("answer", "no"));
        Assert.Empty(await AnswersAsync(concern.Id));

        _clock.Advance(TimeSpan.FromDays(1));
        await OpenAsync(door, concern.Reference, passphrase);
        Assert.Contains(Question, door.Html, StringComparison.Ordinal);
        Assert.Contains("action=\"/report/follow-up/check-in\"", door.Html, StringComparison.Ordinal);
        Assert.Contains("Only you see this.", door.Html, StringComparison.Ordinal);

        // Without the passphrase nobody answers, and nothing tells them whether a check-in waits.
        await door.PostAsync("/follow-up/check-in", ("reference", concern.Reference), ("passphrase", FollowUpPassphrase.New()), ("answer", "off"));
        Assert.Equal(HttpStatusCode.BadRequest, door.Status);
        Assert.DoesNotContain(Question, door.Html, StringComparison.Ordinal);
        Assert.Empty(await AnswersAsync(concern.Id));

        await door.PostAsync("/follow-up/check-in", ("reference", concern.Reference), ("passphrase", passphrase), ("answer", "yes"));
        Assert.Contains("May RufaBot tell the ethics office", door.Html, StringComparison.Ordinal);
        Assert.Contains("not your name, which RufaBot does not know", door.Html, StringComparison.Ordinal);
        Assert.Empty(await AnswersAsync(concern.Id));

        await door.PostAsync("/follow-up/check-in", ("reference", concern.Reference), ("passphrase", passphrase), ("answer", "consent"));
        Assert.Equal(HttpStatusCode.OK, door.Status);
        Assert.Contains("The ethics office has been told about " + concern.Reference, door.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(Question, door.Html, StringComparison.Ordinal);
        Assert.Equal(["yes, sent to the ethics channel"], await AnswersAsync(concern.Id));
        await using (var db = NewContext())
        {
            var told = await db.Set<OutboxMessage>().Where(m => m.Purpose == CheckInCommand.EthicsPurpose).ToListAsync();
            Assert.Equal([Ethics], told.Select(m => m.Recipient.AadObjectId));
            Assert.Contains(concern.Reference, told[0].ActivityJson, StringComparison.Ordinal);
            Assert.DoesNotContain("Kalemie", told[0].ActivityJson, StringComparison.Ordinal);
            Assert.DoesNotContain(IntakeAnswers.Narrative[..40], told[0].ActivityJson, StringComparison.Ordinal);
        }

        // Answered: a second post records nothing, and the page asks again only at the next due day.
        await door.PostAsync("/follow-up/check-in", ("reference", concern.Reference), ("passphrase", passphrase), ("answer", "no"));
        Assert.Single(await AnswersAsync(concern.Id));
        _clock.Advance(TimeSpan.FromDays(59));
        await OpenAsync(door, concern.Reference, passphrase);
        Assert.DoesNotContain(Question, door.Html, StringComparison.Ordinal);
        _clock.Advance(TimeSpan.FromDays(1));
        await OpenAsync(door, concern.Reference, passphrase);
        Assert.Contains(Question, door.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANo_AndOff_AreRecordedAsWords_AndOffStopsTheCheckIns()
    {
        var (concern, passphrase) = await UnlinkedAsync();
        var door = new DoorBrowser(Bot);

        _clock.Advance(TimeSpan.FromDays(30));
        await door.PostAsync("/follow-up/check-in", ("reference", concern.Reference), ("passphrase", passphrase), ("answer", "yes"));
        await door.PostAsync("/follow-up/check-in", ("reference", concern.Reference), ("passphrase", passphrase), ("answer", "noConsent"));
        Assert.Contains("nobody has been told", door.Html, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(60));
        await door.PostAsync("/follow-up/check-in", ("reference", concern.Reference), ("passphrase", passphrase), ("answer", "off"));
        Assert.Contains("this page will not ask you again", door.Html, StringComparison.Ordinal);
        Assert.Equal(["yes, no consent to pass it on", "off"], await AnswersAsync(concern.Id));

        await using (var db = NewContext())
            Assert.False(await db.Set<OutboxMessage>().AnyAsync(m => m.Purpose == CheckInCommand.EthicsPurpose));
        _clock.Advance(TimeSpan.FromDays(400));
        await OpenAsync(door, concern.Reference, passphrase);
        Assert.DoesNotContain(Question, door.Html, StringComparison.Ordinal);
    }

    private static async Task OpenAsync(DoorBrowser door, string reference, string passphrase)
    {
        await door.PostAsync("/follow-up", ("reference", reference), ("passphrase", passphrase));
        Assert.Equal(HttpStatusCode.OK, door.Status);
    }

    private async Task<List<string?>> AnswersAsync(Guid concernId)
    {
        await using var db = NewContext();
        var concern = await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsNoTracking().SingleAsync(c => c.Id == concernId);
        return [.. concern.Events.Where(e => e.Kind == ConcernEventKind.CheckInAnswered).Select(e => e.Note)];
    }

    private async Task<(Concern Concern, string Passphrase)> UnlinkedAsync()
    {
        var stored = await Concerns.CompleteIntakeAsync(ConcernIntake.From(IntakeAnswers.Full("unlinked")),
            new ReporterInfo("web-door:test", null, null), Guid.NewGuid().ToString("N"), CancellationToken.None);
        await using var db = NewContext();
        return (await db.Concerns.AsNoTracking().SingleAsync(c => c.Reference == stored.Reference), stored.Passphrase!);
    }
}
