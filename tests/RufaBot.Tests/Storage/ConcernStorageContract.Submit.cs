using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Views;
using RufaBot.Tests.Concerns;

namespace RufaBot.Tests.Storage;

public abstract partial class ConcernStorageContract
{
    [Fact]
    public async Task Submit_ReturnsAReference_AndStoresTheIntakeAndItsAssessment()
    {
        var reference = await SubmitAsync("named");

        Assert.Matches("^HR-[A-Z0-9]{4}-[A-Z0-9]{4}$", reference);
        var view = await Host.Concerns.GetForFocalPointAsync(await IdOfAsync(reference), new FocalPointViewer(ConcernRole.EntityFocalPoint, OtherAadId), CancellationToken.None);
        Assert.NotNull(view);
        Assert.Equal(ConcernStatus.Submitted, view.Status);
        Assert.Equal(EscalationTier.B1, view.Tier);
        Assert.Equal(Severity.S4, view.Severity);
        Assert.Equal(Confidence.Medium, view.Confidence);
        Assert.Equal([RiskFactor.RF1, RiskFactor.RF2, RiskFactor.RF5, RiskFactor.RF7, RiskFactor.RF11, RiskFactor.RF13], view.RiskFactors);
        Assert.Equal([ConcernCategory.Killings, ConcernCategory.Displacement], view.Categories);
        Assert.Equal(IntakeAnswers.Narrative, view.Description);
        Assert.Equal("Kalemie, market district", view.Place);
        Assert.Equal(new DateOnly(2026, 11, 20), view.When);
        Assert.True(view.WhenApproximate);
        Assert.Equal("CD", view.CountryCode);
        Assert.Equal("unicef", view.Entity);
        Assert.Equal([AffectedGroup.Women, AffectedGroup.Displaced], view.Groups);
        Assert.Equal([ReportedTo.RcUnct, ReportedTo.Ohchr], view.AlreadyReported);
        Assert.Equal(SourcesAtRisk.Yes, view.SourcesAtRisk);
        Assert.Equal(new AttachmentSummary("image/jpeg", 48213), Assert.Single(view.Attachments));
        Assert.Equal(ConsentMode.Named, view.Consent);
        Assert.Equal(Host.Time.GetUtcNow(), view.SubmittedAt);
        Assert.Equal(ConcernEventKind.Submitted, Assert.Single(view.History).Kind);
    }

    [Fact]
    public async Task Submit_SameDraftTwice_StoresOneConcern_WithTheSameReference()
    {
        var first = await SubmitAsync();
        var second = await SubmitAsync();

        Assert.Equal(first, second);
        await using var db = Host.NewContext();
        Assert.Equal(1, await db.Concerns.CountAsync());
        Assert.Equal(1, await db.ReporterLinks.CountAsync());
        Assert.Equal(1, await db.ConcernEvents.CountAsync());
    }

    [Fact]
    public async Task Submit_SameDraftConcurrently_StoresOneConcern()
    {
        var references = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => SubmitAsync(draft: "race"))));

        Assert.Single(references.Distinct());
        await using var db = Host.NewContext();
        Assert.Equal(1, await db.Concerns.CountAsync());
    }

    [Fact]
    public async Task Submit_SameDraftIdFromAnotherReporter_IsAnotherConcern()
    {
        var mine = await SubmitAsync(draft: "shared");
        var theirs = await SubmitAsync(draft: "shared", aadId: OtherAadId);

        Assert.NotEqual(mine, theirs);
        Assert.Equal(mine, Assert.Single(await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None)).Reference);
    }

    [Fact]
    public async Task Submit_DifferentDrafts_StoreDifferentConcerns()
    {
        var first = await SubmitAsync(draft: "a");
        var second = await SubmitAsync(draft: "b");

        Assert.NotEqual(first, second);
        Assert.Equal(2, (await Host.Concerns.ListForReporterAsync(AadId, CancellationToken.None)).Count);
    }
}
