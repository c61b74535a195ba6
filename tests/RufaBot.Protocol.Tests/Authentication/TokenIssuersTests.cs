namespace BotProtocol.Tests.Authentication;

public sealed class TokenIssuersTests
{
    private const string Tenant = "22222222-2222-2222-2222-222222222222";

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0")]
    [InlineData("https://sts.windows.net/" + Tenant + "/")]
    public void EntraIssuer_YieldsItsTenant(string issuer)
    {
        Assert.True(TokenIssuers.TryGetEntraTenant(issuer, out var tenant));
        Assert.Equal(Tenant, tenant);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0/")]
    [InlineData("https://login.microsoftonline.com/" + Tenant)]
    [InlineData("https://sts.windows.net/" + Tenant)]
    [InlineData("https://sts.windows.net//")]
    [InlineData("https://login.microsoftonline.com/a/b/v2.0")]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "?x=/v2.0")]
    [InlineData("http://sts.windows.net/" + Tenant + "/")]
    [InlineData("https://sts.windows.net.evil/" + Tenant + "/")]
    [InlineData("https://api.botframework.com")]
    [InlineData("")]
    public void AnythingElse_IsNotAnEntraIssuer(string issuer)
    {
        Assert.False(TokenIssuers.TryGetEntraTenant(issuer, out _));
    }
}
