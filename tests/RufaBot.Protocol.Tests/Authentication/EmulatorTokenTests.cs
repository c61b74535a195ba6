using RufaBot.Testing;

namespace BotProtocol.Tests.Authentication;

/// <summary>Path C: Bot Framework Emulator tokens, accepted only when switched on (bot-protocol.md §2.4, checklist item 11).</summary>
public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string EmulatorTenant = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    private AuthHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private string EmulatorToken(string issuer, string? version, string appIdClaim = "appid", string appId = AuthHarness.AppId, string audience = AuthHarness.AppId)
    {
        var claims = new Dictionary<string, object> { [appIdClaim] = appId };
        if (version is not null)
            claims["ver"] = version;
        return TestTokens.Create(_harness.EmulatorKey.Credentials(), issuer, audience, claims);
    }

    private Task<BotAuthenticationResult> AuthenticateAsync(string token, bool enabled) =>
        _harness.CreateAuthenticator(options => options.EnableEmulatorTokens = enabled)
            .AuthenticateAsync(AuthHarness.Bearer(token), "emulator", "http://localhost:56000", false, CancellationToken.None);

    [Theory]
    [InlineData("https://sts.windows.net/" + BotFrameworkTenant + "/")]
    [InlineData("https://sts.windows.net/" + EmulatorTenant + "/")]
    public async Task Version1EmulatorToken_WithTheBotsAppId_IsAcceptedWhenSwitchedOn(string issuer)
    {
        var result = await AuthenticateAsync(EmulatorToken(issuer, "1.0", "appid"), enabled: true);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("emulator", result.Path);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + BotFrameworkTenant + "/v2.0")]
    [InlineData("https://login.microsoftonline.com/" + EmulatorTenant + "/v2.0")]
    public async Task Version2EmulatorToken_WithTheBotsAppId_IsAcceptedWhenSwitchedOn(string issuer)
    {
        var result = await AuthenticateAsync(EmulatorToken(issuer, "2.0", "azp"), enabled: true);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("emulator", result.Path);
    }

    [Fact]
    public async Task EmulatorToken_IsRejectedWhenSwitchedOff()
    {
        var result = await AuthenticateAsync(EmulatorToken($"https://sts.windows.net/{BotFrameworkTenant}/", "1.0"), enabled: false);

        Assert.False(result.Succeeded);
        Assert.Equal("entra", result.Path);
        Assert.Equal(0, _harness.Provider.KeyFetches("emulator"));
    }

    [Theory]
    [InlineData("3.0")]
    [InlineData("1")]
    [InlineData(null)]
    public async Task EmulatorToken_WithUnknownVersion_IsRejected(string? version)
    {
        var result = await AuthenticateAsync(EmulatorToken($"https://sts.windows.net/{BotFrameworkTenant}/", version), enabled: true);

        Assert.False(result.Succeeded);
        Assert.Equal("token version is not 1.0 or 2.0", result.FailureReason);
    }

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task EmulatorToken_IssuedToAnotherApp_IsRejected(string version, string claim)
    {
        var token = EmulatorToken($"https://login.microsoftonline.com/{BotFrameworkTenant}/v2.0", version, claim, appId: AuthHarness.CallerAppId);

        var result = await AuthenticateAsync(token, enabled: true);

        Assert.False(result.Succeeded);
        Assert.Equal($"{claim} claim is not the bot's app id", result.FailureReason);
    }

    [Fact]
    public async Task EmulatorToken_WithTheAppIdInTheWrongClaimForItsVersion_IsRejected()
    {
        var result = await AuthenticateAsync(EmulatorToken($"https://sts.windows.net/{BotFrameworkTenant}/", "1.0", "azp"), enabled: true);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task BotsOwnOutboundToken_ReplayedAsEmulatorToken_IsRejected()
    {
        var token = EmulatorToken($"https://login.microsoftonline.com/{BotFrameworkTenant}/v2.0", "2.0", "azp", audience: "https://api.botframework.com");

        var result = await AuthenticateAsync(token, enabled: true);

        Assert.False(result.Succeeded);
        Assert.Equal("audience is not the app id", result.FailureReason);
    }
}
