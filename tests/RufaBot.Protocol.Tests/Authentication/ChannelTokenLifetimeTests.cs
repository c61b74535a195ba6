namespace BotProtocol.Tests.Authentication;

/// <summary>Token lifetime on the injected clock, with 5 minutes of skew (checklist item 5).</summary>
public sealed class ChannelTokenLifetimeTests : IAsyncLifetime
{
    private AuthHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<BotAuthenticationResult> AuthenticateAsync(string token) =>
        _harness.CreateAuthenticator().AuthenticateAsync(AuthHarness.Bearer(token), "msteams", AuthHarness.ServiceUrl, callerIsLoopback: false, CancellationToken.None);

    [Fact]
    public async Task ChannelToken_ExpiredBeyondClockSkew_IsRejected()
    {
        var token = _harness.ChannelToken(notBefore: TimeSpan.FromHours(-1), expires: TimeSpan.FromMinutes(-6));

        var result = await AuthenticateAsync(token);

        Assert.False(result.Succeeded);
        Assert.Equal("token expired", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_ExpiredWithinClockSkew_IsAccepted()
    {
        var token = _harness.ChannelToken(notBefore: TimeSpan.FromHours(-1), expires: TimeSpan.FromMinutes(-4));

        var result = await AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_NotYetValidBeyondClockSkew_IsRejected()
    {
        var token = _harness.ChannelToken(notBefore: TimeSpan.FromMinutes(6), expires: TimeSpan.FromHours(1));

        var result = await AuthenticateAsync(token);

        Assert.False(result.Succeeded);
        Assert.Equal("token not yet valid", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_NotYetValidWithinClockSkew_IsAccepted()
    {
        var token = _harness.ChannelToken(notBefore: TimeSpan.FromMinutes(4), expires: TimeSpan.FromHours(1));

        var result = await AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_ValidOnTheClockUntilItAdvances_IsThenRejected()
    {
        var token = _harness.ChannelToken(expires: TimeSpan.FromMinutes(10));
        var authenticator = _harness.CreateAuthenticator();

        var before = await authenticator.AuthenticateAsync(AuthHarness.Bearer(token), "msteams", AuthHarness.ServiceUrl, false, CancellationToken.None);
        _harness.Time.Advance(TimeSpan.FromMinutes(16));
        var after = await authenticator.AuthenticateAsync(AuthHarness.Bearer(token), "msteams", AuthHarness.ServiceUrl, false, CancellationToken.None);

        Assert.True(before.Succeeded, before.FailureReason);
        Assert.Equal("token expired", after.FailureReason);
    }
}
