using RufaBot.Testing;

namespace BotProtocol.Tests.Authentication;

/// <summary>Path A binding to the activity: key endorsements and the <c>serviceurl</c> claim (checklist items 8–9).</summary>
public sealed class ChannelBindingTests : IAsyncLifetime
{
    private AuthHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<BotAuthenticationResult> AuthenticateAsync(string token, string? channelId = "msteams", string? serviceUrl = AuthHarness.ServiceUrl) =>
        _harness.CreateAuthenticator().AuthenticateAsync(AuthHarness.Bearer(token), channelId, serviceUrl, callerIsLoopback: false, CancellationToken.None);

    [Fact]
    public async Task KeyEndorsedOnlyForWebchat_ActivityFromMsTeams_IsRejected()
    {
        var webchatKey = new TestSigningKey("webchat-only", endorsements: ["webchat"]);
        _harness.Provider.Publish("channel", AuthHarness.BotFrameworkIssuer, _harness.ChannelKey, webchatKey);

        var result = await AuthenticateAsync(_harness.ChannelToken(key: webchatKey), channelId: "msteams");

        Assert.False(result.Succeeded);
        Assert.Equal("channel", result.Path);
        Assert.Contains("endorsed", result.FailureReason);
    }

    [Fact]
    public async Task KeyEndorsedOnlyForWebchat_ActivityFromWebchat_IsAccepted()
    {
        var webchatKey = new TestSigningKey("webchat-only", endorsements: ["webchat"]);
        _harness.Provider.Publish("channel", AuthHarness.BotFrameworkIssuer, webchatKey);

        var result = await AuthenticateAsync(_harness.ChannelToken(key: webchatKey), channelId: "webchat");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task KeyWithEmptyEndorsements_ActivityFromMsTeams_IsRejected()
    {
        var key = new TestSigningKey("endorses-nothing", endorsements: []);
        _harness.Provider.Publish("channel", AuthHarness.BotFrameworkIssuer, key);

        var result = await AuthenticateAsync(_harness.ChannelToken(key: key));

        Assert.False(result.Succeeded);
        Assert.Contains("endorsed", result.FailureReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task EndorsedKey_ActivityWithoutChannelId_IsAccepted(string? channelId)
    {
        var webchatKey = new TestSigningKey("webchat-only", endorsements: ["webchat"]);
        _harness.Provider.Publish("channel", AuthHarness.BotFrameworkIssuer, webchatKey);

        var result = await AuthenticateAsync(_harness.ChannelToken(key: webchatKey), channelId: channelId);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task KeyWithoutEndorsementsMember_IsAcceptedForAnyChannel()
    {
        var key = new TestSigningKey("no-endorsements-member");
        _harness.Provider.Publish("channel", AuthHarness.BotFrameworkIssuer, key);

        var result = await AuthenticateAsync(_harness.ChannelToken(key: key), channelId: "msteams");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_WithoutServiceUrlClaim_IsRejected()
    {
        var result = await AuthenticateAsync(_harness.ChannelToken(serviceUrl: null));

        Assert.False(result.Succeeded);
        Assert.Equal("token has no serviceurl claim", result.FailureReason);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/teams")]
    [InlineData("https://evil.example/teams/")]
    [InlineData(null)]
    public async Task ChannelToken_ServiceUrlClaimDifferentFromActivity_IsRejected(string? activityServiceUrl)
    {
        var result = await AuthenticateAsync(_harness.ChannelToken(), serviceUrl: activityServiceUrl);

        Assert.False(result.Succeeded);
        Assert.Equal("serviceurl claim does not match the activity", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_ServiceUrlClaimDifferingOnlyInCase_IsAccepted()
    {
        var result = await AuthenticateAsync(_harness.ChannelToken(serviceUrl: "HTTPS://SMBA.TrafficManager.net/Teams/"));

        Assert.True(result.Succeeded, result.FailureReason);
    }
}
