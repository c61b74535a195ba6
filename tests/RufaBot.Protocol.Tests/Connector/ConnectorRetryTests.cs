using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using static BotProtocol.Tests.Connector.ConnectorServices;

namespace BotProtocol.Tests.Connector;

public sealed class ConnectorRetryTests : ConnectorTestBase
{
    [Fact]
    public async Task Throttled_WithRetryAfter_IsRetriedOnceNotBeforeTheWait()
    {
        // The configured backoff is 10 ms, so only the header can explain a ~1 s gap.
        Fake.Reply(429, """{"error":{"code":"Throttled"}}""", ("Retry-After", "1")).Reply(201, """{"id":"1:sent"}""");

        var result = await Client.SendToConversationAsync(ServiceUrl, "a:c", Message());

        Assert.Equal("1:sent", result.Id);
        Assert.Equal(2, Fake.Requests.Count);
        var gap = Fake.Requests[1].ReceivedAt - Fake.Requests[0].ReceivedAt;
        Assert.True(gap >= TimeSpan.FromSeconds(0.9), $"Second attempt came {gap.TotalMilliseconds} ms after the first.");
    }

    [Fact]
    public async Task Throttled_WithoutRetryAfter_IsRetriedWithBackoff()
    {
        Fake.Reply(429).Reply(201, """{"id":"1:sent"}""");

        var result = await Client.SendToConversationAsync(ServiceUrl, "a:c", Message());

        Assert.Equal("1:sent", result.Id);
        Assert.Equal(2, Fake.Requests.Count);
    }

    [Fact]
    public async Task Throttled_WithRetryAfterBeyondLimit_FailsWithoutWaiting()
    {
        Fake.Reply(429, """{"error":{"code":"Throttled"}}""", ("Retry-After", "3600"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(ServiceUrl, "a:c", Message()));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Single(Fake.Requests);
    }

    [Fact]
    public async Task PreconditionFailed_OnPost_IsRetried()
    {
        Fake.Reply(412).Reply(201, """{"id":"1:sent"}""");

        var result = await Client.ReplyToActivityAsync(ServiceUrl, "a:c", "1:a", Message());

        Assert.Equal("1:sent", result.Id);
        Assert.Equal(2, Fake.Requests.Count);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task ServerBusy_OnPost_IsNotRetried(int status)
    {
        Fake.Reply(status);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(ServiceUrl, "a:c", Message()));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(Fake.Requests);
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
        Fake.Reply(status).Reply(200, """{"id":"1:a"}""");

        var result = await client.UpdateActivityAsync(ServiceUrl, "a:c", "1:a", Message());

        Assert.Equal("1:a", result.Id);
        Assert.Equal(["PUT", "PUT"], Fake.Requests.Select(r => r.Method));
        Assert.Equal(["Bearer first", "Bearer second"], Fake.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task ServiceUnavailable_OnGetAndDelete_StopsAfterThreeRetries()
    {
        for (var i = 0; i < 8; i++)
            Fake.Reply(503);

        var get = await Assert.ThrowsAsync<ConnectorException>(() => Client.GetConversationMemberAsync(ServiceUrl, "a:c", "29:u"));
        var delete = await Assert.ThrowsAsync<ConnectorException>(() => Client.DeleteActivityAsync(ServiceUrl, "a:c", "1:a"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, get.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, delete.StatusCode);
        Assert.Equal(["GET", "GET", "GET", "GET", "DELETE", "DELETE", "DELETE", "DELETE"], Fake.Requests.Select(r => r.Method));
    }
}
