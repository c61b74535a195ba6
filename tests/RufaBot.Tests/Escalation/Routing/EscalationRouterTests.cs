using Microsoft.Extensions.DependencyInjection;
using RufaBot.Concerns;
using RufaBot.Escalation.Routing;
using RufaBot.Tests.Infrastructure;
using static RufaBot.Tests.Escalation.Routing.RoutingFixture;

namespace RufaBot.Tests.Escalation.Routing;

/// <summary>Routing resolution on the real host with a configured routing section.</summary>
public sealed class EscalationRouterTests : RunningBot
{
    protected override IReadOnlyDictionary<string, string?> Settings => RoutingFixture.Settings();

    private Task<TierRoute?> Resolve(string? country, string? entity, EscalationTier tier, params string[] excluded)
    {
        _ = App.Address;
        return App.Services.GetRequiredService<IEscalationRouter>().ResolveAsync(new RoutingKeys(country, entity), tier, excluded, CancellationToken.None);
    }

    [Fact]
    public async Task Country_GivesItsFocalPointsBackupAndChannel()
    {
        var route = await Resolve("ke", null, EscalationTier.B1);

        Assert.NotNull(route);
        Assert.Equal("country:KE", route.RoutingKey);
        Assert.Equal(ConcernRole.CountryFocalPoint, route.Role);
        Assert.Equal([KenyaOne, KenyaTwo], route.FocalPoints.Select(p => p.AadObjectId));
        Assert.Equal(KenyaBackup, route.Backup?.AadObjectId);
        Assert.Equal(KenyaChannel, route.Channel?.ConversationId);
    }

    [Fact]
    public async Task Entity_IsMoreSpecificThanCountry()
    {
        var route = await Resolve("KE", "unicef", EscalationTier.B1);

        Assert.Equal("entity:UNICEF", route?.RoutingKey);
        Assert.Equal(ConcernRole.EntityFocalPoint, route?.Role);
        Assert.Equal(Unicef, Assert.Single(route!.FocalPoints).AadObjectId);
    }

    [Fact]
    public async Task Region_ComesFromTheCountry_AndDefaultCatchesTheRest()
    {
        var region = await Resolve("CD", null, EscalationTier.B3);
        var headquarters = await Resolve("CD", "UNHCR", EscalationTier.B4);

        Assert.Equal("region:central-africa", region?.RoutingKey);
        Assert.Equal(ConcernRole.RegionalReviewer, region?.Role);
        Assert.Equal(CentralAfricaReview, Assert.Single(region!.FocalPoints).AadObjectId);
        Assert.Equal("default", headquarters?.RoutingKey);
        Assert.Equal(Headquarters, Assert.Single(headquarters!.FocalPoints).AadObjectId);
    }

    [Fact]
    public async Task ImplicatedFocalPoint_IsSkipped_AndTheChannelHeMayReadIsLeftOut()
    {
        var route = await Resolve("KE", null, EscalationTier.B1, KenyaOne.ToUpperInvariant());

        Assert.Equal(KenyaTwo, Assert.Single(route!.FocalPoints).AadObjectId);
        Assert.Null(route.Channel);
        Assert.Equal(KenyaBackup, route.Backup?.AadObjectId);
    }

    [Fact]
    public async Task AllFocalPointsImplicated_GoesToTheBackup()
    {
        var route = await Resolve("KE", null, EscalationTier.B1, KenyaOne, KenyaTwo);

        Assert.Equal(KenyaBackup, Assert.Single(route!.FocalPoints).AadObjectId);
        Assert.Null(route.Backup);
        Assert.Null(route.Channel);
    }

    [Fact]
    public async Task EntityFocalPointAndBackupImplicated_GoesToTheEntityHeadquarters()
    {
        var route = await Resolve("KE", "UNICEF", EscalationTier.B1, Unicef, UnicefBackup);

        Assert.Equal("entity-headquarters:UNICEF", route?.RoutingKey);
        Assert.Equal(UnicefHeadquarters, Assert.Single(route!.FocalPoints).AadObjectId);
        Assert.DoesNotContain(route.FocalPoints, p => p.AadObjectId is Unicef or UnicefBackup);
    }

    [Fact]
    public async Task NobodyConfigured_IsNull_SoTheCallerReportsTheGap()
    {
        Assert.Null(await Resolve("FR", null, EscalationTier.B2));
        Assert.Null(await Resolve("KE", null, EscalationTier.B2, KenyaAdviser, KenyaCoordinator));
    }
}
