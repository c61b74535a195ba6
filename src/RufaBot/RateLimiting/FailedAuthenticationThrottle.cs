using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RufaBot.RateLimiting;

/// <summary>
/// Counts the requests each calling address has had refused with 401 on the bot endpoint; once an address passes
/// <see cref="RateLimitingOptions.FailedAuthentications"/> its requests get 429 with Retry-After before their token
/// is checked, so forged tokens cannot keep the bot validating signatures. Other paths pass untouched.
/// </summary>
internal sealed class FailedAuthenticationThrottle : IMiddleware, IDisposable
{
    private readonly RateLimitingOptions _options;
    private readonly PartitionedRateLimiter<string> _failures;
    private readonly ILogger<FailedAuthenticationThrottle> _logger;

    public FailedAuthenticationThrottle(IOptions<RateLimitingOptions> options, TimeProvider time, ILogger<FailedAuthenticationThrottle> logger)
    {
        _options = options.Value;
        _logger = logger;
        _failures = PartitionedRateLimiter.Create<string, string>(address => TurnRateLimiter.Sliding(address, _options.FailedAuthentications, time));
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!_options.Enabled || context.GetEndpoint()?.Metadata.GetMetadata<EndpointNameMetadata>()?.EndpointName != "BotMessages")
        {
            await next(context);
            return;
        }
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        if (_failures.GetStatistics(address)?.CurrentAvailablePermits <= 0)
        {
            using var refused = _failures.AttemptAcquire(address);
            if (refused.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Log.FailedAuthenticationsRefused(_logger);
            return;
        }
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
            _failures.AttemptAcquire(address).Dispose();
    }

    public void Dispose() => _failures.Dispose();
}
