using RufaBot.Testing;

namespace BotProtocol.Tests.Authentication;

/// <summary>Metadata caching: one fetch per URL, one refresh on an unknown key id, last good kept (checklist item 6).</summary>
public sealed class MetadataRefreshTests : IAsyncLifetime
{
    private AuthHarness _harness = null!;
    private IBotAuthenticator _authenticator = null!;

    public async Task InitializeAsync()
    {
        _harness = await AuthHarness.StartAsync();
        _authenticator = _harness.CreateAuthenticator();
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<BotAuthenticationResult> AuthenticateAsync(string token) =>
        _authenticator.AuthenticateAsync(AuthHarness.Bearer(token), "msteams", AuthHarness.ServiceUrl, false, CancellationToken.None);

    [Fact]
    public async Task RepeatedRequests_FetchMetadataAndKeysOnce()
    {
        for (var i = 0; i < 3; i++)
            Assert.True((await AuthenticateAsync(_harness.ChannelToken())).Succeeded);

        Assert.Equal(1, _harness.Provider.MetadataFetches("channel"));
        Assert.Equal(1, _harness.Provider.KeyFetches("channel"));
    }

    [Fact]
    public async Task UnknownSigningKey_IsRejectedAfterExactlyOneRefresh()
    {
        var unpublished = new TestSigningKey("never-published", endorsements: ["msteams"]);

        var first = await AuthenticateAsync(_harness.ChannelToken(key: unpublished));
        var second = await AuthenticateAsync(_harness.ChannelToken(key: unpublished));

        Assert.False(first.Succeeded);
        Assert.False(second.Succeeded);
        Assert.Equal("signing key not found in the metadata", first.FailureReason);
        // The initial fetch plus one forced refresh; the second token inside the refresh interval fetches nothing.
        Assert.Equal(2, _harness.Provider.KeyFetches("channel"));
        Assert.Single(_harness.Logs.Entries, entry => entry.EventId == 2006);
    }

    [Fact]
    public async Task KeyRotatedInAfterStartup_IsAcceptedAfterOneRefresh()
    {
        Assert.True((await AuthenticateAsync(_harness.ChannelToken())).Succeeded);
        var rotated = new TestSigningKey("channel-2", endorsements: ["msteams"]);
        _harness.Provider.Publish("channel", AuthHarness.BotFrameworkIssuer, _harness.ChannelKey, rotated);

        var result = await AuthenticateAsync(_harness.ChannelToken(key: rotated));
        var again = await AuthenticateAsync(_harness.ChannelToken(key: rotated));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.True(again.Succeeded, again.FailureReason);
        Assert.Equal(2, _harness.Provider.KeyFetches("channel"));
    }

    [Fact]
    public async Task KeyRotatedIn_EndorsementsAreRefreshedWithIt()
    {
        Assert.True((await AuthenticateAsync(_harness.ChannelToken())).Succeeded);
        var webchatOnly = new TestSigningKey("channel-2", endorsements: ["webchat"]);
        _harness.Provider.Publish("channel", AuthHarness.BotFrameworkIssuer, _harness.ChannelKey, webchatOnly);

        var result = await AuthenticateAsync(_harness.ChannelToken(key: webchatOnly));

        Assert.False(result.Succeeded);
        Assert.Contains("endorsed", result.FailureReason);
    }

    [Fact]
    public async Task RefreshFailure_KeepsTheLastGoodConfiguration()
    {
        Assert.True((await AuthenticateAsync(_harness.ChannelToken())).Succeeded);
        _harness.Provider.Fail();

        var unknown = await AuthenticateAsync(_harness.ChannelToken(key: new TestSigningKey("channel-2")));
        var known = await AuthenticateAsync(_harness.ChannelToken());

        Assert.Equal("signing key not found in the metadata", unknown.FailureReason);
        Assert.True(known.Succeeded, known.FailureReason);
    }

    [Fact]
    public async Task MetadataUnavailableAtFirstUse_IsRejected()
    {
        _harness.Provider.Fail();

        var result = await AuthenticateAsync(_harness.ChannelToken());

        Assert.False(result.Succeeded);
        Assert.Equal("OpenID metadata is unavailable", result.FailureReason);
    }
}
