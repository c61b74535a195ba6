using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Tests.Concerns;

namespace RufaBot.Tests.Retention;

/// <summary>The automatic cut of anonymous reporters' links, a configured time after close (default 30 days).</summary>
public abstract partial class RetentionContract
{
    private static readonly TimeSpan Month = TimeSpan.FromDays(30);

    [Fact]
    public async Task AnAnonymousConcernClosedLongEnough_LosesItsReporterLink_AndNothingElse()
    {
        var cut = await SubmitInModeAsync("anonymous", "draft-cut");
        Host.Time.Advance(Month - TimeSpan.FromDays(1));
        var closedLater = await SubmitInModeAsync("anonymous", "draft-later");
        var open = await SubmitInModeAsync("anonymous", "draft-open", close: false);
        var confidential = await SubmitInModeAsync("confidential", "draft-confidential");
        Host.Time.Advance(TimeSpan.FromDays(2));

        Assert.Equal(1, await Retention(Host).CutExpiredLinksAsync(CancellationToken.None));

        await using var db = Host.NewContext();
        Assert.False(await db.ReporterLinks.AnyAsync(l => l.ConcernId == cut.Id));
        Assert.Equal(3, await db.ReporterLinks.CountAsync(l => l.ConcernId == closedLater.Id || l.ConcernId == open.Id || l.ConcernId == confidential.Id));
        var after = await LoadAsync(cut.Id);
        Assert.Equal(ConsentMode.Unlinked, after.Consent);
        Assert.NotEqual(cut.SubmissionKey, after.SubmissionKey);
        Assert.Null(after.FollowUpSecret);
        Assert.Equal(IntakeAnswers.Narrative, after.Description);
        Assert.Contains(after.Events, e => e.Kind == ConcernEventKind.ReporterLinkCut && e.Note == Concern.LinkCutReasons.AfterClose);
        Assert.DoesNotContain(await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None), c => c.Reference == cut.Reference);
        // A second round finds nothing more to cut.
        Assert.Equal(0, await Retention(Host).CutExpiredLinksAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TheCut_ComesAfterTheConfiguredTime()
    {
        var host = await StartHostAsync(new Dictionary<string, string?> { ["Concerns:Retention:AnonymousLinksCutAfterClose"] = "3.00:00:00" });
        var reference = await host.Concerns.SubmitAsync(ConcernIntake.From(IntakeAnswers.Full("anonymous")), Reporter(), "draft-three", CancellationToken.None);
        await using (var db = host.NewContext())
        {
            var concern = await db.Concerns.SingleAsync(c => c.Reference == reference);
            concern.Close("Handled", new ConcernActor(ConcernRole.EntityFocalPoint, "fp-key"), host.Time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await Retention(host).CutExpiredLinksAsync(CancellationToken.None));
        host.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await Retention(host).CutExpiredLinksAsync(CancellationToken.None));
    }

    private async Task<Concern> SubmitInModeAsync(string consent, string draft, bool close = true)
    {
        var reference = await Host.Concerns.SubmitAsync(ConcernIntake.From(IntakeAnswers.Full(consent)), Reporter(), draft, CancellationToken.None);
        await using var db = Host.NewContext();
        var concern = await db.Concerns.SingleAsync(c => c.Reference == reference);
        if (close)
        {
            concern.Close("Handled", new ConcernActor(ConcernRole.EntityFocalPoint, "fp-key"), Host.Time.GetUtcNow());
            await db.SaveChangesAsync();
        }
        return concern;
    }
}
