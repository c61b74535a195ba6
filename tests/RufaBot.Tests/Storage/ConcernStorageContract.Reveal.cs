using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns;
using RufaBot.Concerns.Views;

namespace RufaBot.Tests.Storage;

/// <summary>Identity leaves storage only through an audited reveal, and only where consent allows.</summary>
public abstract partial class ConcernStorageContract
{
    [Fact]
    public async Task RevealReporter_Named_ToAFocalPoint_ShowsIdentity_AndRecordsWhoSawIt()
    {
        var id = await IdOfAsync(await SubmitAsync("named"));

        var revealed = await Host.Concerns.RevealReporterAsync(id, new FocalPointViewer(ConcernRole.EntityFocalPoint, OtherAadId), CancellationToken.None);

        Assert.NotNull(revealed);
        Assert.Equal(DisplayName, revealed.DisplayName);
        Assert.Equal(AadId, revealed.AadObjectId);
        Assert.Equal(DutyStation, revealed.DutyStation);
        Assert.Contains(Upn, Assert.Single(revealed.Attachments).Url);
        var audit = await TrailAsync(id, ConcernEventKind.IdentityRevealed);
        Assert.Equal(ConcernRole.EntityFocalPoint, audit.ActorRole);
        Assert.DoesNotContain(OtherAadId, audit.ActorKey!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("named", "RegionalReviewer")]
    [InlineData("named", "Headquarters")]
    [InlineData("confidential", "ResidentCoordinator")]
    [InlineData("confidential", "HumanRightsAdviser")]
    [InlineData("anonymous", "EntityFocalPoint")]
    [InlineData("anonymous", "CountryFocalPoint")]
    public async Task RevealReporter_BeyondConsent_IsWithheld_AndTheAttemptRecorded(string consent, string role)
    {
        var id = await IdOfAsync(await SubmitAsync(consent));

        var revealed = await Host.Concerns.RevealReporterAsync(id, new FocalPointViewer(Enum.Parse<ConcernRole>(role), OtherAadId), CancellationToken.None);

        Assert.Null(revealed);
        Assert.Equal(Enum.Parse<ConcernRole>(role), (await TrailAsync(id, ConcernEventKind.IdentityWithheld)).ActorRole);
    }

    [Fact]
    public async Task RevealReporter_Confidential_ToTheFirstTier_ShowsIdentity()
    {
        var id = await IdOfAsync(await SubmitAsync("confidential"));

        var revealed = await Host.Concerns.RevealReporterAsync(id, new FocalPointViewer(ConcernRole.CountryFocalPoint, OtherAadId), CancellationToken.None);

        Assert.Equal(DisplayName, revealed?.DisplayName);
        await TrailAsync(id, ConcernEventKind.IdentityRevealed);
    }

    [Fact]
    public async Task ReporterConversation_IsThereForUpdates_InEveryConsent()
    {
        var id = await IdOfAsync(await SubmitAsync("anonymous"));

        var conversation = await Host.Concerns.GetReporterConversationAsync(id, CancellationToken.None);

        Assert.Equal("https://smba.trafficmanager.net/emea/", conversation?.ServiceUrl);
        Assert.Equal("72f988bf-tenant", conversation?.TenantId);
    }

    [Fact]
    public async Task FocalPointRead_ByAReporterOrAuditorRole_IsRefused()
    {
        var id = await IdOfAsync(await SubmitAsync());

        await Assert.ThrowsAsync<ArgumentException>(() => Host.Concerns.GetForFocalPointAsync(id, new FocalPointViewer(ConcernRole.Auditor, OtherAadId), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => Host.Concerns.RevealReporterAsync(id, new FocalPointViewer(ConcernRole.Reporter, AadId), CancellationToken.None));
    }

    private async Task<ConcernEvent> TrailAsync(Guid id, ConcernEventKind kind)
    {
        await using var db = Host.NewContext();
        return await db.ConcernEvents.SingleAsync(e => e.ConcernId == id && e.Kind == kind);
    }
}
