using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using BotProtocol;

namespace RufaBot.RateLimiting;

/// <summary>
/// Rate limiting: the <c>RateLimiting</c> options, the per-user and per-conversation <see cref="TurnRateLimiter"/>
/// the protocol consults before each turn, and two guards on <c>POST /api/messages</c> that answer 429 with
/// Retry-After before anything is read. Teams traffic reaches the bot from the Bot Connector service's few addresses,
/// so an authenticated caller's address is never limited (that would throttle every member of staff at once); only
/// requests without a bearer token (local development, probes, strangers) are counted per address, and so are the
/// failed authentications of an address, which no real Connector produces.
/// </summary>
internal static class RateLimitingExtensions
{
    public const string EndpointPolicy = "bot-endpoint";

    public static WebApplicationBuilder AddRateLimiting(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RateLimitingOptions>, RateLimitingOptionsValidator>();
        services.AddSingleton<ITurnLimiter, TurnRateLimiter>();
        services.AddSingleton<FailedAuthenticationThrottle>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RateLimitingExtensions).FullName!);
                Log.EndpointRefused(logger);
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(EndpointPolicy, EndpointPartition);
        });
        return builder;
    }

    /// <summary>Adds the limiter middleware; the bot endpoint opts in with <c>RequireRateLimiting(EndpointPolicy)</c>.</summary>
    public static WebApplication UseRufaRateLimiting(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<FailedAuthenticationThrottle>();
        return app;
    }

    private static RateLimitPartition<string> EndpointPartition(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
        // A bearer token is checked by the endpoint; a forged one counts against FailedAuthenticationThrottle instead.
        if (!options.Enabled || context.Request.Headers.Authorization.Count > 0)
            return RateLimitPartition.GetNoLimiter("");
        // Before the body is read nothing is known of the sender but the address it calls from.
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "";
        return TurnRateLimiter.Sliding(address, options.Endpoint, context.RequestServices.GetRequiredService<TimeProvider>());
    }
}
