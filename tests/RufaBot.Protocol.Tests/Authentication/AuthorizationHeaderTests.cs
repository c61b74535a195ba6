namespace BotProtocol.Tests.Authentication;

/// <summary>The header itself: present, and exactly <c>Bearer &lt;token&gt;</c> (checklist items 1–2).</summary>
public sealed class AuthorizationHeaderTests : IAsyncLifetime
{
    private AuthHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<BotAuthenticationResult> AuthenticateAsync(string? header, bool callerIsLoopback = false) =>
        _harness.CreateAuthenticator().AuthenticateAsync(header, "msteams", AuthHarness.ServiceUrl, callerIsLoopback, CancellationToken.None);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MissingHeader_WithAnAppIdConfigured_Fails(bool callerIsLoopback)
    {
        var result = await AuthenticateAsync(null, callerIsLoopback);

        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Equal("no Authorization header", result.FailureReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("{0}")]
    [InlineData("Basic {0}")]
    [InlineData("Bearer: {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("Bearer  {0}")]
    [InlineData("Bearer {0} ")]
    [InlineData(" Bearer {0}")]
    [InlineData("Bearer\t{0}")]
    [InlineData("Bearer {0},Bearer {0}")]
    public async Task MalformedHeader_AroundAValidToken_Fails(string shape)
    {
        var header = string.Format(shape, _harness.ChannelToken());

        var result = await AuthenticateAsync(header);

        Assert.False(result.Succeeded);
        Assert.Equal("Authorization header is not exactly 'Bearer <token>'", result.FailureReason);
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    [InlineData("Bearer")]
    public async Task BearerScheme_IsCaseInsensitive(string scheme)
    {
        var result = await AuthenticateAsync($"{scheme} {_harness.ChannelToken()}");

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.c2ln.x.y")]
    public async Task BearerValue_ThatIsNotASignedJwt_Fails(string value)
    {
        var result = await AuthenticateAsync($"Bearer {value}");

        Assert.False(result.Succeeded);
        Assert.Equal(0, _harness.Provider.Fetches);
    }
}
