using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Escalation.Sla;
using RufaBot.Concerns;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Tests.Concerns;
using static RufaBot.Tests.Escalation.Routing.RoutingFixture;

namespace RufaBot.Tests.Escalation.Sla;

/// <summary>The missed-deadline ladder, on SQLite and PostgreSQL (timers claimed under a lease on both).</summary>
public abstract class SlaContract : SlaTestBase
{
    [Fact]
    public async Task MissedDeadline_RemindsTheFocalPoint_ThenTheBackup_ThenTheNextTier_ThenStops()
    {
        var concern = await SubmitAsync();
        var deadline = Deadlines.Evaluate(concern)!;
        Assert.Equal(concern.CreatedAt + (concern.Severity >= RufaBot.Concerns.Assessment.Severity.S3 ? TimeSpan.FromHours(4) : TimeSpan.FromDays(1)), deadline.DueAt);

        Assert.Empty(await RoundAtAsync(deadline.DueAt.AddMinutes(-1)));
        var reminder = await RoundAtAsync(deadline.DueAt.AddMinutes(1));
        var again = await RoundAtAsync(deadline.DueAt.AddMinutes(30));
        var backup = await RoundAtAsync(deadline.DueAt.AddHours(4).AddMinutes(1));
        var nextTier = await RoundAtAsync(deadline.DueAt.AddHours(8).AddMinutes(2));
        var later = await RoundAtAsync(deadline.DueAt.AddDays(3));

        Assert.Equal([Unicef], Recipients(reminder));
        Assert.Empty(again);
        Assert.Equal([UnicefBackup], Recipients(backup));
        Assert.Equal([CongoAdviser], Recipients(nextTier));
        Assert.Empty(later);
        Assert.Equal([ConcernEventKind.SlaReminderSent, ConcernEventKind.SlaBackupAlerted, ConcernEventKind.SlaNextTierAlerted], await SlaEventsAsync(concern.Reference));
    }

    [Fact]
    public async Task APersonWhoseTeamsIsInFrench_IsRemindedInFrench()
    {
        await Services.GetRequiredService<ReachDirectory>().RecordAsync(new ReachAddress
        {
            Key = ReachAddress.PersonKey(Unicef), AadObjectId = Unicef.ToLowerInvariant(), ServiceUrl = "https://smba.trafficmanager.net/teams/",
            ConversationId = "a:unicef-chat", ConversationType = "personal", Locale = "fr-FR", UpdatedAt = Start,
        }, CancellationToken.None);
        var concern = await SubmitAsync();

        var reminder = Assert.Single(await RoundAtAsync(Deadlines.DueAt(concern)!.Value.AddMinutes(1)));

        var text = reminder.ReadActivity().Text!;
        Assert.StartsWith("Rappel : la préoccupation " + concern.Reference, text, StringComparison.Ordinal);
        // Dates, severity and tier as a French reader reads them, not "2026-11-26 04:04" and "tier B1".
        Assert.Matches(@"\(\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4} à \d\d:\d\d UTC\)", text);
        Assert.Matches(@"S[1-4] — (faible|modérée|grave|critique)", text);
        Assert.Contains("au niveau de l'accueil", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_AreDeIdentified_EvenForTheNextTier()
    {
        var concern = await SubmitAsync();
        var due = Deadlines.DueAt(concern)!.Value;
        List<OutboxMessage> sent = [];
        for (var step = 0; step < 3; step++)
            sent.AddRange(await RoundAtAsync(due.AddHours(4 * step).AddMinutes(1 + step)));

        Assert.Equal(3, sent.Count);
        foreach (var text in sent.Select(m => m.ReadActivity().Text!))
        {
            Assert.Contains(concern.Reference, text, StringComparison.Ordinal);
            Assert.Contains(concern.Severity.ToString(), text, StringComparison.Ordinal);
            Assert.Contains("CD", text, StringComparison.Ordinal);
            foreach (var secret in new[] { IntakeAnswers.Narrative, "Kalemie", "market", "Amina", "Diallo", "beef", "reporter-chat", "militia" })
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("late", (await LoadAsync(concern.Reference)).Events.Last().Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActingInTime_StartsTheNextDeadline_AndNobodyIsReminded()
    {
        var concern = await SubmitAsync();
        var due = Deadlines.DueAt(concern)!.Value;
        await RoundAtAsync(Start.AddMinutes(10));

        Clock.SetUtcNow(due.AddMinutes(-5));
        await using (var db = Db())
        {
            var tracked = await db.Concerns.SingleAsync(c => c.Id == concern.Id);
            tracked.Acknowledge(new ConcernActor(ConcernRole.EntityFocalPoint, "fp"), Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        Assert.Empty(await RoundAtAsync(due.AddHours(9)));
        var acknowledged = await LoadAsync(concern.Reference);
        var triage = Deadlines.Evaluate(acknowledged)!;
        Assert.Equal(RufaBot.Escalation.Sla.SlaMilestone.Triage, triage.Milestone);
        // Acknowledged on a Wednesday: three business days are Thursday, Friday and Monday.
        Assert.Equal(due.AddMinutes(-5).AddDays(5), triage.DueAt);
        Assert.Equal(DayOfWeek.Monday, triage.DueAt.DayOfWeek);
        Assert.Empty(await SlaEventsAsync(concern.Reference));
    }

    [Fact]
    public async Task TwoInstancesAtOnce_TakeEachStepOnce()
    {
        var concern = await SubmitAsync();
        var due = Deadlines.DueAt(concern)!.Value;
        await RoundAtAsync(Start.AddMinutes(1));
        var other = ActivatorUtilities.CreateInstance<SlaTimerService>(Services);
        Clock.SetUtcNow(due.AddMinutes(1));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => (i % 2 == 0 ? Timers : other).RunOnceAsync(CancellationToken.None))));

        Assert.Equal([ConcernEventKind.SlaReminderSent], await SlaEventsAsync(concern.Reference));
        await using var db = Db();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Purpose == SlaStepper.Purpose));
    }
}
