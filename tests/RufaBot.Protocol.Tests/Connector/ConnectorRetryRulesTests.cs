using System.Net.Http.Headers;
using System.Net;

namespace BotProtocol.Tests.Connector;

public sealed class ConnectorRetryRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RetryAfter_AsDate_IsTheTimeUntilThatDate()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), ConnectorRetry.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_AsPastDate_IsZero()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddSeconds(-30));

        Assert.Equal(TimeSpan.Zero, ConnectorRetry.RetryAfter(response, Now));
    }

    [Fact]
    public void RetryAfter_AsSeconds_AndAbsent()
    {
        using var seconds = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2));
        using var absent = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Equal(TimeSpan.FromSeconds(2), ConnectorRetry.RetryAfter(seconds, Now));
        Assert.Null(ConnectorRetry.RetryAfter(absent, Now));
    }

    [Fact]
    public void Throttled_WithDateBeyondLimit_IsNotRetried()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddMinutes(5));

        Assert.False(ConnectorRetry.ShouldRetry(HttpMethod.Post, response, null, new ConnectorRetryOptions(), Now));
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("POST", false)]
    public void TransportFailure_IsRetriedOnlyWhenIdempotent(string method, bool expected)
    {
        var retried = ConnectorRetry.ShouldRetry(new HttpMethod(method), null, new HttpRequestException("reset"), new ConnectorRetryOptions(), Now);

        Assert.Equal(expected, retried);
    }

    [Fact]
    public void RefusedToken_IsNeverRetried()
    {
        var refused = new ConnectorException(null, null, "untrusted host");

        Assert.False(ConnectorRetry.ShouldRetry(HttpMethod.Get, null, refused, new ConnectorRetryOptions(), Now));
    }
}
