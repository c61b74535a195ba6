namespace BotProtocol.Tests.Connector;

public sealed class OutboundTokenRequestTests
{
    [Fact]
    public void MultiTenant_UsesBotFrameworkTenant_EvenWhenATenantIsSet()
    {
        var request = OutboundTokenRequest.From(new BotOptions { AppId = "app", AppPassword = "p", AppTenantId = "mine" });

        Assert.Equal(new OutboundTokenRequest(BotAppType.MultiTenant, "app", "https://login.microsoftonline.com/botframework.com",
            "https://api.botframework.com/.default"), request);
    }

    [Fact]
    public void SingleTenant_UsesOwnTenant_InTheConfiguredAuthority()
    {
        var request = OutboundTokenRequest.From(new BotOptions
        {
            AppType = BotAppType.SingleTenant,
            AppId = "app",
            AppPassword = "p",
            AppTenantId = "contoso",
            OutboundAuthority = "https://login.microsoftonline.us/{tenant}",
            OutboundScope = "https://api.botframework.us/.default",
        });

        Assert.Equal("https://login.microsoftonline.us/contoso", request!.Authority);
        Assert.Equal("https://api.botframework.us/.default", request.Scope);
    }

    [Fact]
    public void SingleTenant_WithoutTenant_Throws() =>
        Assert.Throws<InvalidOperationException>(() =>
            OutboundTokenRequest.From(new BotOptions { AppType = BotAppType.SingleTenant, AppId = "app", AppPassword = "p" }));

    [Fact]
    public void ManagedIdentity_AsksForTheResource_WithoutDefaultSuffix()
    {
        var request = OutboundTokenRequest.From(new BotOptions { AppType = BotAppType.UserAssignedMSI, AppId = "mi-client", AppTenantId = "t" })!;

        Assert.Null(request.Authority);
        Assert.Equal("mi-client", request.ClientId);
        Assert.Equal("https://api.botframework.com", request.Resource);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void NoAppId_MeansNoToken(string? appId) =>
        Assert.Null(OutboundTokenRequest.From(new BotOptions { AppId = appId }));
}
