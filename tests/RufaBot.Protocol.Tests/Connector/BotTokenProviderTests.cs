using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RufaBot.Testing;

namespace BotProtocol.Tests.Connector;

/// <summary>MSAL against a fake Entra token endpoint on loopback (MSAL keeps its https authority; only its HTTP is redirected).</summary>
public sealed class BotTokenProviderTests : IAsyncLifetime
{
    private const string Secret = "s3cr3t-value";
    private LoopbackServer _entra = null!;
    private int _issued;
    private int _status = 200;

    public async Task InitializeAsync() => _entra = await LoopbackServer.StartAsync(AnswerAsync);

    public async Task DisposeAsync() => await _entra.DisposeAsync();

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        context.Response.ContentType = "application/json";
        if (request.PathAndQuery.StartsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal))
        {
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
            await context.Response.WriteAsync(
                $$"""{"access_token":"mi-token-{{Interlocked.Increment(ref _issued)}}","expires_on":"{{expiresOn}}","resource":"https://api.botframework.com","token_type":"Bearer"}""");
            return;
        }
        if (!request.PathAndQuery.Contains("/oauth2/v2.0/token"))
        {
            context.Response.StatusCode = 404;
            return;
        }
        // Slow enough that concurrent callers overlap a cold start.
        await Task.Delay(100);
        context.Response.StatusCode = _status;
        await context.Response.WriteAsync(_status == 200
            ? $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"token-{{Interlocked.Increment(ref _issued)}}"}"""
            : """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215]}""");
    }

    private BotTokenProvider Provider(Action<BotOptions> configure)
    {
        var options = new BotOptions { AppId = ConnectorServices.AppId, AppPassword = Secret };
        configure(options);
        return new BotTokenProvider(Options.Create(options), NullLogger<BotTokenProvider>.Instance, new LoopbackMsalHttpClientFactory(_entra.BaseAddress));
    }

    private RecordedRequest[] TokenRequests => [.. _entra.Requests.Where(r => r.PathAndQuery.Contains("/oauth2/v2.0/token"))];

    [Fact]
    public async Task MultiTenant_AsksBotFrameworkTenant_ForBotFrameworkScope()
    {
        var token = await Provider(o => o.AppType = BotAppType.MultiTenant).GetTokenAsync(false, CancellationToken.None);

        Assert.Equal("token-1", token);
        var request = Assert.Single(TokenRequests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.PathAndQuery);
        Assert.Equal("login.microsoftonline.com", request.Headers["X-Original-Host"]);
        var form = System.Web.HttpUtility.ParseQueryString(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ConnectorServices.AppId, form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task SingleTenant_AsksTheBotsOwnTenant()
    {
        var provider = Provider(o => { o.AppType = BotAppType.SingleTenant; o.AppTenantId = "contoso-tenant-id"; });

        Assert.Equal("token-1", await provider.GetTokenAsync(false, CancellationToken.None));

        Assert.Equal("/contoso-tenant-id/oauth2/v2.0/token", Assert.Single(TokenRequests).PathAndQuery);
    }

    [Fact]
    public async Task Token_IsCached_UntilARefreshIsForced()
    {
        var provider = Provider(o => o.AppType = BotAppType.MultiTenant);

        var first = await provider.GetTokenAsync(false, CancellationToken.None);
        var cached = await provider.GetTokenAsync(false, CancellationToken.None);
        var refreshed = await provider.GetTokenAsync(true, CancellationToken.None);

        Assert.Equal(("token-1", "token-1", "token-2"), (first, cached, refreshed));
        Assert.Equal(2, TokenRequests.Length);
    }

    [Fact]
    public async Task ConcurrentColdStart_AsksEntraOnce()
    {
        var provider = Provider(o => o.AppType = BotAppType.MultiTenant);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => provider.GetTokenAsync(false, CancellationToken.None).AsTask()));

        Assert.All(tokens, t => Assert.Equal("token-1", t));
        Assert.Single(TokenRequests);
    }

    [Fact]
    public async Task EntraRejection_IsConnectorException_WithoutTheSecret()
    {
        _status = 401;
        var provider = Provider(o => o.AppType = BotAppType.MultiTenant);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => provider.GetTokenAsync(false, CancellationToken.None).AsTask());

        Assert.Null(error.StatusCode);
        Assert.Contains("invalid_client", error.Message);
        Assert.DoesNotContain(Secret, error.ToString());
    }

    [Fact]
    public async Task UserAssignedManagedIdentity_AsksImdsForTheResource_WithTheClientId()
    {
        var provider = Provider(o => { o.AppType = BotAppType.UserAssignedMSI; o.AppPassword = null; o.AppTenantId = "t"; });

        var token = await provider.GetTokenAsync(true, CancellationToken.None);

        Assert.StartsWith("mi-token-", token);
        var request = Assert.Single(_entra.Requests, r => r.PathAndQuery.StartsWith("/metadata/identity/oauth2/token", StringComparison.Ordinal));
        Assert.Equal("GET", request.Method);
        Assert.Equal("169.254.169.254", request.Headers["X-Original-Host"]);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(_entra.BaseAddress, request.PathAndQuery).Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(ConnectorServices.AppId, query["client_id"]);
    }

    [Fact]
    public async Task LocalDevelopment_ReturnsNull_WithoutAskingEntra()
    {
        var provider = Provider(o => o.AppId = null);

        Assert.Null(await provider.GetTokenAsync(false, CancellationToken.None));
        Assert.Null(await provider.GetTokenAsync(true, CancellationToken.None));
        Assert.Empty(_entra.Requests);
    }
}
