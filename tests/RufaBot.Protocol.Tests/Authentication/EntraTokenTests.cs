using RufaBot.Testing;

namespace BotProtocol.Tests.Authentication;

/// <summary>Path B: Entra-issued tokens (bot-protocol.md §2.3, checklist item 10).</summary>
public sealed class EntraTokenTests : IAsyncLifetime
{
    private AuthHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<BotAuthenticationResult> AuthenticateAsync(string token, Action<BotOptions>? configure = null, string? serviceUrl = AuthHarness.ServiceUrl) =>
        _harness.CreateAuthenticator(configure).AuthenticateAsync(AuthHarness.Bearer(token), "msteams", serviceUrl, false, CancellationToken.None);

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EntraToken_ForTheBotTenant_IsAccepted(string version)
    {
        var result = await AuthenticateAsync(_harness.EntraToken(version));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("entra", result.Path);
        Assert.Equal(1, _harness.Provider.KeyFetches($"entra/{AuthHarness.BotTenant}"));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EntraToken_FromAnotherTenant_IsRejectedWithoutFetchingItsMetadata(string version)
    {
        var otherKey = new TestSigningKey("other-1", issuer: "https://login.microsoftonline.com/{tenantid}/v2.0");
        _harness.Provider.Publish($"entra/{AuthHarness.OtherTenant}", AuthHarness.EntraIssuer("2.0", AuthHarness.OtherTenant), otherKey);

        var result = await AuthenticateAsync(_harness.EntraToken(version, issuerTenant: AuthHarness.OtherTenant, key: otherKey));

        Assert.False(result.Succeeded);
        Assert.Equal("entra", result.Path);
        Assert.Equal(0, _harness.Provider.Fetches);
    }

    [Fact]
    public async Task EntraToken_FromATrustedTenant_IsAcceptedWithThatTenantsMetadata()
    {
        var otherKey = new TestSigningKey("other-1", issuer: "https://login.microsoftonline.com/{tenantid}/v2.0");
        _harness.Provider.Publish($"entra/{AuthHarness.OtherTenant}", AuthHarness.EntraIssuer("2.0", AuthHarness.OtherTenant), otherKey);

        var result = await AuthenticateAsync(
            _harness.EntraToken(issuerTenant: AuthHarness.OtherTenant, key: otherKey),
            options => options.TrustedTokenTenants = [AuthHarness.OtherTenant]);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(1, _harness.Provider.KeyFetches($"entra/{AuthHarness.OtherTenant}"));
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EntraToken_WhoseTidDoesNotMatchItsIssuer_IsRejected(string version)
    {
        var result = await AuthenticateAsync(_harness.EntraToken(version, tid: AuthHarness.OtherTenant));

        Assert.False(result.Succeeded);
        Assert.Equal("entra", result.Path);
    }

    [Theory]
    [InlineData(AuthHarness.OtherTenant)]
    [InlineData("")]
    public async Task EntraToken_WhoseTidDoesNotMatchItsIssuer_IsRejectedEvenWhenTheKeyNamesNoIssuer(string tid)
    {
        var unboundKey = new TestSigningKey("no-issuer-binding");
        _harness.Provider.Publish($"entra/{AuthHarness.BotTenant}", AuthHarness.EntraIssuer("2.0", AuthHarness.BotTenant), unboundKey);

        var result = await AuthenticateAsync(_harness.EntraToken(tid: tid, key: unboundKey));

        Assert.False(result.Succeeded);
        Assert.Equal("tid claim does not match the issuer's tenant", result.FailureReason);
    }

    [Fact]
    public async Task EntraToken_SignedWithAKeyBoundToAnotherTenant_IsRejected()
    {
        var foreignKey = new TestSigningKey("bound-elsewhere", issuer: $"https://login.microsoftonline.com/{AuthHarness.OtherTenant}/v2.0");
        _harness.Provider.Publish($"entra/{AuthHarness.BotTenant}", AuthHarness.EntraIssuer("2.0", AuthHarness.BotTenant), foreignKey);

        var result = await AuthenticateAsync(_harness.EntraToken(key: foreignKey));

        Assert.False(result.Succeeded);
        Assert.Equal("issuer does not match the token or its signing key", result.FailureReason);
    }

    [Theory]
    [InlineData("https://api.botframework.com")]
    [InlineData("55555555-5555-5555-5555-555555555555")]
    public async Task EntraToken_ForAnotherAudience_IsRejected(string audience)
    {
        var result = await AuthenticateAsync(_harness.EntraToken(audience: audience));

        Assert.False(result.Succeeded);
        Assert.Equal("audience is not the app id", result.FailureReason);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EntraToken_FromACallerNotInAllowedCallers_IsRejected(string version)
    {
        var result = await AuthenticateAsync(_harness.EntraToken(version), options => options.AllowedCallers = ["66666666-6666-6666-6666-666666666666"]);

        Assert.False(result.Succeeded);
        Assert.Equal("calling app is not in AllowedCallers", result.FailureReason);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EntraToken_FromACallerInAllowedCallers_IsAccepted(string version)
    {
        var result = await AuthenticateAsync(_harness.EntraToken(version), options => options.AllowedCallers = [AuthHarness.CallerAppId]);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task EntraToken_WithServiceUrlClaimDifferentFromActivity_IsRejected()
    {
        var result = await AuthenticateAsync(_harness.EntraToken(serviceUrl: "https://evil.example/"));

        Assert.False(result.Succeeded);
        Assert.Equal("serviceurl claim does not match the activity", result.FailureReason);
    }

    [Fact]
    public async Task EntraToken_WithMatchingServiceUrlClaim_IsAccepted()
    {
        var result = await AuthenticateAsync(_harness.EntraToken(serviceUrl: AuthHarness.ServiceUrl));

        Assert.True(result.Succeeded, result.FailureReason);
    }
}
