using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

using RufaBot.Testing;

namespace BotProtocol.Tests.Authentication;

/// <summary>Path A: Bot Framework channel tokens: audience, issuer, algorithm, signature (bot-protocol.md §2.2, checklist items 3, 4, 7).</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private AuthHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await AuthHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private Task<BotAuthenticationResult> AuthenticateAsync(string token, string? channelId = "msteams", string? serviceUrl = AuthHarness.ServiceUrl) =>
        _harness.CreateAuthenticator().AuthenticateAsync(AuthHarness.Bearer(token), channelId, serviceUrl, callerIsLoopback: false, CancellationToken.None);

    [Fact]
    public async Task ValidChannelToken_IsAcceptedOnTheChannelPath()
    {
        var result = await AuthenticateAsync(_harness.ChannelToken());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("channel", result.Path);
        Assert.True(result.Identity!.IsAuthenticated);
        Assert.Equal(AuthHarness.ServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task ChannelToken_SignedWithRs384OrRs512_IsAccepted(string algorithm)
    {
        var result = await AuthenticateAsync(_harness.ChannelToken(algorithm: algorithm));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("55555555-5555-5555-5555-555555555555")]
    [InlineData("https://api.botframework.com")]
    [InlineData(AuthHarness.AppId + "/")]
    [InlineData("api://" + AuthHarness.AppId)]
    public async Task ChannelToken_ForAnotherAudience_IsRejected(string audience)
    {
        var result = await AuthenticateAsync(_harness.ChannelToken(audience: audience));

        Assert.False(result.Succeeded);
        Assert.Equal("channel", result.Path);
        Assert.Contains("audience", result.FailureReason);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://api.botframework.com.evil")]
    [InlineData("http://api.botframework.com")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://api.botframework.us")]
    public async Task ChannelToken_WithLookAlikeIssuer_IsRejectedWithoutFetchingChannelKeys(string issuer)
    {
        var result = await AuthenticateAsync(_harness.ChannelToken(issuer: issuer));

        Assert.False(result.Succeeded);
        Assert.NotEqual("channel", result.Path);
        Assert.Equal(0, _harness.Provider.Fetches);
    }

    [Fact]
    public async Task UnsignedToken_WithAlgNone_IsRejected()
    {
        var token = TestTokens.Unsigned(new JsonObject
        {
            ["iss"] = AuthHarness.BotFrameworkIssuer,
            ["aud"] = AuthHarness.AppId,
            ["serviceurl"] = AuthHarness.ServiceUrl,
            ["nbf"] = AuthHarness.Now.AddMinutes(-5).ToUnixTimeSeconds(),
            ["exp"] = AuthHarness.Now.AddMinutes(55).ToUnixTimeSeconds(),
        });

        var result = await AuthenticateAsync(token);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Hs256Token_WithThePublishedKeyId_IsRejected()
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = _harness.ChannelKey.KeyId };
        var token = TestTokens.Create(new SigningCredentials(key, SecurityAlgorithms.HmacSha256), AuthHarness.BotFrameworkIssuer, AuthHarness.AppId,
            new Dictionary<string, object> { ["serviceurl"] = AuthHarness.ServiceUrl });

        var result = await AuthenticateAsync(token);

        Assert.False(result.Succeeded);
        Assert.Contains("algorithm", result.FailureReason);
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSsaPssSha256)]
    [InlineData(SecurityAlgorithms.RsaSsaPssSha512)]
    public async Task ChannelToken_SignedWithAnRsaAlgorithmOtherThanRs_IsRejected(string algorithm)
    {
        var result = await AuthenticateAsync(_harness.ChannelToken(algorithm: algorithm));

        Assert.False(result.Succeeded);
        Assert.Contains("algorithm", result.FailureReason);
    }

    [Fact]
    public async Task ChannelToken_ForgedWithAnotherKeyUnderThePublishedKeyId_IsRejected()
    {
        var forger = new TestSigningKey(_harness.ChannelKey.KeyId);

        var result = await AuthenticateAsync(_harness.ChannelToken(key: forger));

        Assert.False(result.Succeeded);
        Assert.Equal("signature invalid", result.FailureReason);
    }
}
