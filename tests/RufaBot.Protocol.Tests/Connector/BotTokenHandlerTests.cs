using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using static BotProtocol.Tests.Connector.ConnectorServices;
using RufaBot.Testing;

namespace BotProtocol.Tests.Connector;

public sealed class BotTokenHandlerTests : IAsyncLifetime
{
    private FakeConnector _fake = null!;
    private string ServiceUrl => _fake.BaseAddress.ToString();

    public async Task InitializeAsync() => _fake = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private static void NoTrustedHosts(BotOptions options) => options.TrustedServiceHosts.Clear();

    [Fact]
    public async Task AllowlistedHost_GetsBearerToken()
    {
        using var services = Build(Tokens("t1").Object);
        var client = services.Client();

        await client.SendToConversationAsync(ServiceUrl, "a:c", Message());

        Assert.Equal("Bearer t1", Assert.Single(_fake.Requests).Authorization);
    }

    [Fact]
    public async Task AuthenticatedServiceUrl_GetsBearerToken_WithoutAllowlistEntry()
    {
        using var services = Build(Tokens("t1").Object, NoTrustedHosts);
        services.GetRequiredService<IServiceUrlTrust>().TrustAuthenticated(ServiceUrl + "teams/");

        await services.Client().SendToConversationAsync(ServiceUrl, "a:c", Message());

        Assert.Equal("Bearer t1", Assert.Single(_fake.Requests).Authorization);
    }

    [Fact]
    public async Task UntrustedHost_IsRefused_AndNothingIsSent()
    {
        var tokens = Tokens("t1");
        using var services = Build(tokens.Object, NoTrustedHosts);
        var client = services.Client();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(ServiceUrl, "a:c", Message()));
        await Assert.ThrowsAsync<ConnectorException>(() => client.GetConversationMemberAsync(ServiceUrl, "a:c", "29:u"));

        Assert.Null(error.StatusCode);
        Assert.DoesNotContain("t1", error.Message);
        Assert.Empty(_fake.Requests);
        tokens.Verify(t => t.GetTokenAsync(true, It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Unauthorized_RefreshesTokenOnce_AndRetriesOnce()
    {
        var tokens = Tokens("t1", refreshed: "t2");
        using var services = Build(tokens.Object);
        var client = services.Client();
        _fake.Reply(401).Reply(201, """{"id":"1:sent"}""");

        var result = await client.SendToConversationAsync(ServiceUrl, "a:c", Message());

        Assert.Equal("1:sent", result.Id);
        Assert.Equal(["Bearer t1", "Bearer t2"], _fake.Requests.Select(r => r.Authorization));
        Assert.Equal(_fake.Requests[0].Body, _fake.Requests[1].Body);
        tokens.Verify(t => t.GetTokenAsync(true, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task UnauthorizedTwice_FailsWith401_AfterOneRetry()
    {
        var tokens = Tokens("t1", refreshed: "t2");
        using var services = Build(tokens.Object);
        var client = services.Client();
        _fake.Reply(401).ReplyError(401, "BotNotRegistered").Reply(201);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(ServiceUrl, "a:c", Message()));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("BotNotRegistered", error.ErrorCode);
        Assert.Equal(2, _fake.Requests.Count);
        tokens.Verify(t => t.GetTokenAsync(true, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task LocalDevelopment_SendsNoAuthorizationHeader()
    {
        // The real provider: no app id means no token.
        using var services = Build(configure: o => { o.AppId = null; NoTrustedHosts(o); });
        var client = services.Client();

        await client.SendToConversationAsync(ServiceUrl, "a:c", Message());

        var request = Assert.Single(_fake.Requests);
        Assert.Null(request.Authorization);
    }
}
