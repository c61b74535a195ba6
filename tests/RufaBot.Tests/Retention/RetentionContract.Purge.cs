using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Files;
using RufaBot.Tests.Concerns;
using RufaBot.Tests.Web.Files;

namespace RufaBot.Tests.Retention;

public abstract partial class RetentionContract
{
    [Fact]
    public async Task ClosedLongEnough_LosesItsContent_AndKeepsATombstone()
    {
        var stored = await SubmitAsync();
        var before = await LoadAsync(stored.Id);
        Host.Time.Advance(Year + TimeSpan.FromDays(1));

        Assert.Equal(1, await Retention(Host).RunOnceAsync(CancellationToken.None));

        var purged = await LoadAsync(stored.Id);
        Assert.Equal(before.Reference, purged.Reference);
        Assert.Equal(ConcernStatus.Closed, purged.Status);
        Assert.Equal(before.Tier, purged.Tier);
        Assert.Equal(before.CreatedAt, purged.CreatedAt);
        Assert.Equal(before.ClosedAt, purged.ClosedAt);
        Assert.Equal(Host.Time.GetUtcNow(), purged.PurgedAt);
        Assert.Equal("", purged.Description);
        Assert.Null(purged.Place);
        Assert.Null(purged.CountryCode);
        Assert.Null(purged.Entity);
        Assert.Null(purged.When);
        Assert.Null(purged.RoutingKey);
        Assert.Empty(purged.Categories);
        Assert.Empty(purged.Groups);
        Assert.Empty(purged.Attachments);
        Assert.Empty(purged.AlreadyReported);
        Assert.Empty(purged.Participants);

        // The trail: every entry kept with its kind, status and date, plus the purge; no note, no actor key.
        Assert.Equal([.. before.Events.Select(e => (e.Kind, e.Status, e.At)), (ConcernEventKind.Purged, ConcernStatus.Closed, Host.Time.GetUtcNow())],
            purged.Events.Select(e => (e.Kind, e.Status, e.At)).ToList());
        Assert.All(purged.Events, e => Assert.Null(e.Note));
        Assert.All(purged.Events, e => Assert.Null(e.ActorKey));
        Assert.Contains(before.Events, e => e.Note == Added);

        // Decisions keep their kind, tier, role, date and outcome; not the reason or who.
        Assert.Equal(before.Decisions.Select(d => (d.Kind, d.Tier, d.ActorRole, d.At, d.Outcome)), purged.Decisions.Select(d => (d.Kind, d.Tier, d.ActorRole, d.At, d.Outcome)));
        Assert.Contains(before.Decisions, d => d.Reason == CloseReason);
        Assert.All(purged.Decisions, d => Assert.Equal("", d.Reason));
        Assert.All(purged.Decisions, d => Assert.Null(d.ActorKey));
    }

    [Fact]
    public async Task Purge_DropsTheReporterIdentity_QueuedCards_AndTheTimer_ButTheReporterKeyStays()
    {
        var stored = await SubmitAsync();
        Host.Time.Advance(Year + TimeSpan.FromDays(1));

        await Retention(Host).RunOnceAsync(CancellationToken.None);

        await using var db = Host.NewContext();
        var link = await db.ReporterLinks.SingleAsync(l => l.ConcernId == stored.Id);
        Assert.Null(link.DisplayName);
        Assert.Null(link.AadObjectId);
        Assert.Null(link.DutyStation);
        Assert.Empty(link.Attachments);
        Assert.Null(link.Conversation);
        Assert.NotEmpty(link.ReporterKey);
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ConcernId == stored.Id));
        Assert.False(await db.SlaTimers.AnyAsync(t => t.ConcernId == stored.Id));
    }

    [Fact]
    public async Task Purge_DeletesTheReportersFiles_AndLeavesAnOpenConcernsFiles()
    {
        var stored = await SubmitAsync();
        var open = await SubmitAsync("draft-2", close: false);
        await using (var db = Host.NewContext())
        {
            var photo = new CheckedFile(FileKind.Png, TestImages.Encode(SkiaSharp.SKEncodedImageFormat.Png));
            db.ConcernFiles.AddRange(new ConcernFile(stored.Id, 1, photo, Host.Time.GetUtcNow()), new ConcernFile(open.Id, 1, photo, Host.Time.GetUtcNow()));
            await db.SaveChangesAsync();
        }
        Host.Time.Advance(Year + TimeSpan.FromDays(1));

        Assert.Equal(1, await Retention(Host).RunOnceAsync(CancellationToken.None));

        await using var after = Host.NewContext();
        Assert.False(await after.ConcernFiles.AnyAsync(f => f.ConcernId == stored.Id));
        Assert.True(await after.ConcernFiles.AnyAsync(f => f.ConcernId == open.Id));
    }

    [Fact]
    public async Task MyConcerns_ShowsThePurgedConcern_ClosedAndWithoutContent()
    {
        var stored = await SubmitAsync();
        Host.Time.Advance(Year + TimeSpan.FromDays(1));
        await Retention(Host).RunOnceAsync(CancellationToken.None);

        var summary = Assert.Single(await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None));
        Assert.Equal(stored.Reference, summary.Reference);
        Assert.Equal(ConcernStatus.Closed, summary.Status);
        Assert.Empty(summary.Categories);
        var view = await Host.Concerns.GetForReporterAsync(stored.Reference, AadId, CancellationToken.None);
        Assert.NotNull(view);
        Assert.Equal("", view.Description);
        Assert.Null(view.CountryCode);
        Assert.False(view.CanAddInformation);
        Assert.Contains(view.Updates, u => u.Kind == ConcernEventKind.Closed);
        Assert.All(view.Updates, u => Assert.Null(u.Text));
    }

    [Fact]
    public async Task ClosedRecently_IsUntouched()
    {
        var stored = await SubmitAsync();
        Host.Time.Advance(Year - TimeSpan.FromDays(1));

        Assert.Equal(0, await Retention(Host).RunOnceAsync(CancellationToken.None));

        var kept = await LoadAsync(stored.Id);
        Assert.Null(kept.PurgedAt);
        Assert.Equal(IntakeAnswers.Narrative, kept.Description);
        Assert.Single(kept.Participants);
        Assert.Contains(kept.Events, e => e.Note == Added);
    }

    [Fact]
    public async Task OpenConcerns_AreNeverPurged()
    {
        var open = await SubmitAsync(close: false);
        Host.Time.Advance(Year * 5);

        Assert.Equal(0, await Retention(Host).RunOnceAsync(CancellationToken.None));

        var kept = await LoadAsync(open.Id);
        Assert.Null(kept.PurgedAt);
        Assert.Equal(IntakeAnswers.Narrative, kept.Description);
        Assert.Throws<ConcernTransitionException>(() => kept.Purge(Host.Time.GetUtcNow()));
    }

    [Fact]
    public async Task ManyDue_ArePurgedInBatches_InOneRound()
    {
        var small = await StartHostAsync(new Dictionary<string, string?> { ["Concerns:Retention:BatchSize"] = "2" });
        for (var i = 0; i < 5; i++)
            await SubmitAsync($"draft-{i}");
        small.Time.Advance(Year + TimeSpan.FromDays(1));

        Assert.Equal(5, await Retention(small).RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await Retention(small).RunOnceAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TwoInstances_PurgeEachConcernOnce()
    {
        var other = await StartHostAsync();
        List<Guid> ids = [];
        for (var i = 0; i < 6; i++)
            ids.Add((await SubmitAsync($"draft-{i}")).Id);
        Host.Time.Advance(Year + TimeSpan.FromDays(1));
        other.Time.Advance(Year + TimeSpan.FromDays(1));

        var counts = await Task.WhenAll(Retention(Host).RunOnceAsync(CancellationToken.None), Retention(other).RunOnceAsync(CancellationToken.None));

        Assert.Equal(6, counts.Sum());
        await using var db = Host.NewContext();
        foreach (var id in ids)
            Assert.Equal(1, await db.ConcernEvents.CountAsync(e => e.ConcernId == id && e.Kind == ConcernEventKind.Purged));
    }

    [Fact]
    public async Task TheService_PurgesOnItsOwn_AsTheClockPasses()
    {
        var stored = await SubmitAsync();
        var looping = await StartHostAsync(new Dictionary<string, string?>
        {
            ["Concerns:Retention:Enabled"] = "true",
            ["Concerns:Retention:Interval"] = "01:00:00",
            ["Concerns:Retention:ClosedConcernsPurgeAfter"] = "30.00:00:00",
        });

        // The clock moves a day at a time; the service looks every hour of it and purges only past 30 days.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await LoadAsync(stored.Id)).PurgedAt is null && DateTime.UtcNow < deadline)
        {
            looping.Time.Advance(TimeSpan.FromDays(1));
            await Task.Delay(100);
        }

        var purged = await LoadAsync(stored.Id);
        Assert.NotNull(purged.PurgedAt);
        Assert.True(purged.PurgedAt.Value - stored.ClosedAt!.Value > TimeSpan.FromDays(30), $"Purged {purged.PurgedAt - stored.ClosedAt} after the close.");
    }
}
