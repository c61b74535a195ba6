using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace BotProtocol;

/// <summary>
/// The Connector retry rules (§3.5): 429 after <c>Retry-After</c>, 412, and 502/503/504 with jittered backoff.
/// <c>POST …/activities</c> is not idempotent (after a 5xx the message may already be delivered), so POSTs retry
/// only 429 and 412, which mean the request was not acted on.
/// </summary>
internal static class ConnectorRetry
{
    public static void AddTo(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ConnectorRetryOptions options, TimeProvider time, ILogger logger) =>
        pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(
                ShouldRetry(args.Context.GetRequestMessage()?.Method ?? args.Outcome.Result?.RequestMessage?.Method,
                    args.Outcome.Result, args.Outcome.Exception, options, time.GetUtcNow())),
            // Null falls back to the exponential backoff above.
            DelayGenerator = args => ValueTask.FromResult(
                args.Outcome.Result is { } response ? RetryAfter(response, time.GetUtcNow()) : null),
            OnRetry = args =>
            {
                var response = args.Outcome.Result;
                Log.ConnectorRetrying(logger, args.Context.GetRequestMessage()?.Method.Method, (int?)response?.StatusCode,
                    args.AttemptNumber + 1, args.RetryDelay,
                    response is null ? null : CorrelationHeaders.OperationId(response), response is null ? null : CorrelationHeaders.MsCv(response));
                return default;
            },
        });

    public static bool ShouldRetry(HttpMethod? method, HttpResponseMessage? response, Exception? exception, ConnectorRetryOptions options, DateTimeOffset now)
    {
        var idempotent = method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Head;
        if (response is null)
            return exception is HttpRequestException && idempotent;
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => RetryAfter(response, now) is not { } wait || wait <= options.MaxRetryAfter,
            HttpStatusCode.PreconditionFailed => true,
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => idempotent,
            _ => false,
        };
    }

    /// <summary>The wait a <c>Retry-After</c> header asks for, as seconds or as a date; null when absent.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };
}
