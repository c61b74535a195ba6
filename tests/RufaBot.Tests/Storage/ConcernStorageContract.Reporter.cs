using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Views;
using RufaBot.Tests.Concerns;

namespace RufaBot.Tests.Storage;

/// <summary>"My concerns": found through the keyed hash only, and only the reporter's own.</summary>
public abstract partial class ConcernStorageContract
{
    [Fact]
    public async Task ListForReporter_ShowsTheirConcernsOnly_MostRecentlyUpdatedFirst()
    {
        var older = await SubmitAsync("named", draft: "a");
        Host.Time.Advance(TimeSpan.FromHours(1));
        var newer = await SubmitAsync("anonymous", draft: "b");
        Host.Time.Advance(TimeSpan.FromHours(1));
        await SubmitAsync(draft: "c", aadId: OtherAadId);
        Host.Time.Advance(TimeSpan.FromHours(1));
        await Host.Concerns.AddInformationAsync(older, AadId.ToUpperInvariant(), "One more thing.", CancellationToken.None);

        var mine = await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None);

        Assert.Equal([older, newer], mine.Select(s => s.Reference));
        Assert.Equal(Host.Time.GetUtcNow(), mine[0].UpdatedAt);
        Assert.All(mine, s => Assert.Equal(ConcernStatus.Submitted, s.Status));
        Assert.Equal([ConcernCategory.Killings, ConcernCategory.Displacement], mine[0].Categories);
        Assert.Empty(await Host.Concerns.ListForReporterAsync("ffffffff-0000-0000-0000-000000000000", CancellationToken.None));
    }

    [Fact]
    public async Task GetForReporter_ByTheirReferenceAsTyped_ElseNull()
    {
        var reference = await SubmitAsync();

        var view = await Host.Concerns.GetForReporterAsync(reference.ToLowerInvariant().Replace("-", " "), AadId, CancellationToken.None);

        Assert.Equal(reference, view?.Reference);
        Assert.Equal(IntakeAnswers.Narrative, view?.Description);
        Assert.Null(await Host.Concerns.GetForReporterAsync(reference, OtherAadId, CancellationToken.None));
        Assert.Null(await Host.Concerns.GetForReporterAsync("HR-2222-2222", AadId, CancellationToken.None));
        Assert.Null(await Host.Concerns.GetForReporterAsync("not a reference", AadId, CancellationToken.None));
    }

    [Fact]
    public async Task AddInformation_AnswersTheFocalPointsQuestion_AndJoinsTheTrail()
    {
        var reference = await SubmitAsync();
        await ActAsync(reference, (c, fp, at) => { c.Acknowledge(fp, at); c.RequestInformation("Which village exactly?", fp, at); });
        Assert.Equal("Which village exactly?", (await Host.Concerns.GetForReporterAsync(reference, AadId, CancellationToken.None))?.PendingQuestion);
        Host.Time.Advance(TimeSpan.FromDays(1));

        var view = await Host.Concerns.AddInformationAsync(reference, AadId, "Kabimba, near the river.", CancellationToken.None);

        Assert.NotNull(view);
        Assert.Equal(ConcernStatus.Acknowledged, view.Status);
        Assert.Null(view.PendingQuestion);
        Assert.Equal(Host.Time.GetUtcNow(), view.UpdatedAt);
        Assert.Equal("Kabimba, near the river.", view.Updates[^1].Text);
        var focal = await Host.Concerns.GetForFocalPointAsync(await IdOfAsync(reference), new FocalPointViewer(ConcernRole.EntityFocalPoint, OtherAadId), CancellationToken.None);
        Assert.Equal(
            [ConcernEventKind.Submitted, ConcernEventKind.Acknowledged, ConcernEventKind.InformationRequested, ConcernEventKind.InformationAdded],
            focal!.History.Select(e => e.Kind));
        Assert.Equal("Kabimba, near the river.", focal.History[^1].Note);
    }

    [Fact]
    public async Task AddInformation_ToSomeoneElsesConcern_ChangesNothing()
    {
        var reference = await SubmitAsync();

        Assert.Null(await Host.Concerns.AddInformationAsync(reference, OtherAadId, "Not mine.", CancellationToken.None));
        Assert.Equal(3, await RowsAsync());
    }

    [Fact]
    public async Task AddInformation_WhenClosed_Throws_NamingBothStates()
    {
        var reference = await SubmitAsync();
        await ActAsync(reference, (c, fp, at) => c.Close("advice given", fp, at));

        var exception = await Assert.ThrowsAsync<ConcernTransitionException>(() => Host.Concerns.AddInformationAsync(reference, AadId, "Too late?", CancellationToken.None));

        Assert.Contains("Closed", exception.Message);
        Assert.Contains(reference, exception.Message);
    }

    [Fact]
    public async Task AddInformation_WhileAFocalPointActs_IsAppliedToTheFreshCopy()
    {
        var reference = await SubmitAsync();
        await ActAsync(reference, (c, fp, at) => c.Acknowledge(fp, at));
        ConcernsHost? host = null;
        var meanwhile = new ChangeMeanwhile(async () =>
        {
            await using var db = host!.NewContext();
            var concern = await db.Concerns.SingleAsync(c => c.Reference == reference);
            concern.Escalate(EscalationTier.B2, "needs the HRA", new ConcernActor(ConcernRole.EntityFocalPoint, "fp-key"), host.Time.GetUtcNow());
            await db.SaveChangesAsync();
        });
        await using (host = await StartHostAsync(s => s.AddSingleton<IInterceptor>(meanwhile)))
        {
            var view = await host.Concerns.AddInformationAsync(reference, AadId, "Two more families left.", CancellationToken.None);

            Assert.Equal(ConcernStatus.Escalated, view?.Status);
            Assert.Equal(
                [ConcernEventKind.Submitted, ConcernEventKind.Acknowledged, ConcernEventKind.Escalated, ConcernEventKind.InformationAdded],
                view!.Updates.Select(u => u.Kind));
            Assert.Contains(host.Logs.Entries, e => e.Text.Contains("Concern changed meanwhile"));
        }
    }

    [Fact]
    public async Task StaleCopy_CannotOverwriteANewerChange()
    {
        var reference = await SubmitAsync();
        await using var first = Host.NewContext();
        await using var second = Host.NewContext();
        var a = await first.Concerns.SingleAsync(c => c.Reference == reference);
        var b = await second.Concerns.SingleAsync(c => c.Reference == reference);
        var fp = new ConcernActor(ConcernRole.EntityFocalPoint, "fp-key");

        a.Acknowledge(fp, Host.Time.GetUtcNow());
        await first.SaveChangesAsync();
        b.Close("duplicate", fp, Host.Time.GetUtcNow());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var fresh = Host.NewContext();
        Assert.Equal(ConcernStatus.Acknowledged, (await fresh.Concerns.SingleAsync(c => c.Reference == reference)).Status);
    }
}
