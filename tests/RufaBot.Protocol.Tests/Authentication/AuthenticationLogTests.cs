using RufaBot.Testing;

namespace BotProtocol.Tests.Authentication;

/// <summary>The log says which path and why, and never carries the token.</summary>
public sealed class AuthenticationLogTests : IAsyncLifetime
{
    private AuthHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task Rejection_IsLoggedWithPathAndReason()
    {
        var token = _harness.ChannelToken(notBefore: TimeSpan.FromHours(-1), expires: TimeSpan.FromMinutes(-30));

        await _harness.CreateAuthenticator().AuthenticateAsync(AuthHarness.Bearer(token), "msteams", AuthHarness.ServiceUrl, false, CancellationToken.None);

        var entry = Assert.Single(_harness.Logs.Entries, e => e.EventId == 2001);
        Assert.Contains("channel", entry.Text);
        Assert.Contains("token expired", entry.Text);
    }

    [Fact]
    public async Task Logs_NeverContainAnyPartOfTheToken()
    {
        var authenticator = _harness.CreateAuthenticator();
        string[] tokens =
        [
            _harness.ChannelToken(),
            _harness.ChannelToken(audience: "https://api.botframework.com"),
            _harness.ChannelToken(key: new TestSigningKey("unknown-kid")),
            _harness.ChannelToken(serviceUrl: "https://evil.example/"),
            _harness.EntraToken(tid: AuthHarness.OtherTenant),
        ];

        foreach (var token in tokens)
            await authenticator.AuthenticateAsync(AuthHarness.Bearer(token), "msteams", AuthHarness.ServiceUrl, false, CancellationToken.None);

        Assert.NotEmpty(_harness.Logs.Entries);
        foreach (var part in tokens.SelectMany(t => t.Split('.')[1..]))
            Assert.DoesNotContain(_harness.Logs.Entries, entry => entry.Text.Contains(part, StringComparison.Ordinal));
    }
}
