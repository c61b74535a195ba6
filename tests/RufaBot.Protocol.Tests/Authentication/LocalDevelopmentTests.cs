namespace BotProtocol.Tests.Authentication;

/// <summary>No app id configured (bot-protocol.md §2.6, checklist item 12): loopback only, and a presented token fails.</summary>
public sealed class LocalDevelopmentTests : IAsyncLifetime
{
    private AuthHarness _harness = null!;
    private IBotAuthenticator _authenticator = null!;

    public async Task InitializeAsync()
    {
        _harness = await AuthHarness.StartAsync();
        _authenticator = _harness.CreateAuthenticator(options => options.AppId = null);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("http://localhost:3978/")]
    [InlineData("http://LOCALHOST:56000")]
    [InlineData("http://127.0.0.1:56000/")]
    [InlineData("https://127.8.9.10/")]
    [InlineData("http://[::1]:3978/")]
    public async Task NoHeader_LoopbackCallerAndLoopbackServiceUrl_IsAnonymous(string serviceUrl)
    {
        var result = await _authenticator.AuthenticateAsync(null, "emulator", serviceUrl, callerIsLoopback: true, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("anonymous", result.Path);
        Assert.NotNull(result.Identity);
        Assert.Empty(result.Identity.Claims);
    }

    [Fact]
    public async Task NoHeader_NonLoopbackCaller_Fails()
    {
        var result = await _authenticator.AuthenticateAsync(null, "emulator", "http://localhost:3978/", callerIsLoopback: false, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://127.0.0.1.evil.example/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("http://127.0.0.1@evil.example/")]
    [InlineData("http://10.0.0.5:3978/")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("/relative/path")]
    [InlineData("")]
    [InlineData(null)]
    public async Task NoHeader_NonLoopbackServiceUrl_Fails(string? serviceUrl)
    {
        var result = await _authenticator.AuthenticateAsync(null, "emulator", serviceUrl, callerIsLoopback: true, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task HeaderPresent_IsStillValidatedAndFails()
    {
        var header = AuthHarness.Bearer(_harness.ChannelToken(serviceUrl: "http://localhost:3978/"));

        var result = await _authenticator.AuthenticateAsync(header, "msteams", "http://localhost:3978/", callerIsLoopback: true, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("channel", result.Path);
    }

    [Fact]
    public async Task MalformedHeaderPresent_Fails()
    {
        var result = await _authenticator.AuthenticateAsync("Basic abc", "emulator", "http://localhost:3978/", callerIsLoopback: true, CancellationToken.None);

        Assert.False(result.Succeeded);
    }
}
