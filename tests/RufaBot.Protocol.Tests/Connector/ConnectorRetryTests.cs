using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using static RufaBot.Protocol.Tests.Connector.ConnectorServices;

namespace RufaBot.Protocol.Tests.Connector;

public sealed class ConnectorRetryTests : IAsyncLifetime
{
    private FakeConnector _fake = null!;
    private ServiceProvider _services = null!;
    private IConnectorClient _client = null!;
    private string ServiceUrl => _fake.BaseAddress.ToString();

    public async Task InitializeAsync()
    {
        _fake = await FakeConnector.StartAsync();
        _services = Build(Tokens().Object);
        _client = _services.Client();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Throttled_WithRetryAfter_IsRetriedOnceNotBeforeTheWait()
    {
        // The configured backoff is 10 ms, so only the header can explain a ~1 s gap.
        _fake.Reply(429, """{"error":{"code":"Throttled"}}""", ("Retry-After", "1")).Reply(201, """{"id":"1:sent"}""");

        var result = await _client.SendToConversationAsync(ServiceUrl, "a:c", Message());

        Assert.Equal("1:sent", result.Id);
        Assert.Equal(2, _fake.Requests.Count);
        var gap = _fake.Requests[1].ReceivedAt - _fake.Requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromSeconds(0.9), $"Second attempt came {gap.TotalMilliseconds} ms after the first.");
    }

    [Fact]
    public async Task Throttled_WithoutRetryAfter_IsRetriedWithBackoff()
    {
        _fake.Reply(429).Reply(201, """{"id":"1:sent"}""");

        var result = await _client.SendToConversationAsync(ServiceUrl, "a:c", Message());

        Assert.Equal("1:sent", result.Id);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task Throttled_WithRetryAfterBeyondLimit_FailsWithoutWaiting()
    {
        _fake.Reply(429, """{"error":{"code":"Throttled"}}""", ("Retry-After", "3600"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(ServiceUrl, "a:c", Message()));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task PreconditionFailed_OnPost_IsRetried()
    {
        _fake.Reply(412).Reply(201, """{"id":"1:sent"}""");

        var result = await _client.ReplyToActivityAsync(ServiceUrl, "a:c", "1:a", Message());

        Assert.Equal("1:sent", result.Id);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ServerBusy_OnPost_IsNotRetried(int status)
    {
        _fake.Reply(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendToConversationAsync(ServiceUrl, "a:c", Message()));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(_fake.Requests);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ServerBusy_OnPut_IsRetried_WithATokenPerAttempt(int status)
    {
        var tokens = new Mock<IBotTokenProvider>();
        tokens.SetupSequence(t => t.GetTokenAsync(false, It.IsAny<CancellationToken>())).ReturnsAsync("first").ReturnsAsync("second");
        using var services = Build(tokens.Object);
        var client = services.Client();
        _fake.Reply(status).Reply(200, """{"id":"1:a"}""");

        var result = await client.UpdateActivityAsync(ServiceUrl, "a:c", "1:a", Message());

        Assert.Equal("1:a", result.Id);
        Assert.Equal(["PUT", "PUT"], _fake.Requests.Select(r => r.Method));
        Assert.Equal(["Bearer first", "Bearer second"], _fake.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task ServiceUnavailable_OnGetAndDelete_StopsAfterThreeRetries()
    {
        for (var i = 0; i < 8; i++)
            _fake.Reply(503);

        var get = await Assert.ThrowsAsync<ConnectorException>(() => _client.GetConversationMemberAsync(ServiceUrl, "a:c", "29:u"));
        var delete = await Assert.ThrowsAsync<ConnectorException>(() => _client.DeleteActivityAsync(ServiceUrl, "a:c", "1:a"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, delete.StatusCode);
        Assert.Equal(["GET", "GET", "GET", "GET", "DELETE", "DELETE", "DELETE", "DELETE"], _fake.Requests.Select(r => r.Method));
    }
}
