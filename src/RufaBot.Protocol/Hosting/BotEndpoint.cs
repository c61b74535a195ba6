using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>
/// <c>POST /api/messages</c>: size cap and shape checks (400/413 with problem details), token validation (401, empty
/// body), the tenant check (403, empty body; see <see cref="TenantGate"/>), then the turn. Invokes are answered in the
/// HTTP response; other activities with 200 when the turn finished quickly, 202 when it goes on in the background.
/// </summary>
public static class BotEndpoint
{
    /// <summary>Maps the bot's messaging endpoint. Other HTTP methods on the path get 405.</summary>
    public static IEndpointConventionBuilder MapBotEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync).WithName("BotMessages");

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<BotOptions>>().Value;
        var telemetry = services.GetRequiredService<BotTelemetry>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotEndpoint).FullName!);

        var (activity, error) = await ActivityReader.ReadAsync(context.Request, options.MaxRequestBytes, context.RequestAborted);
        if (error is not null)
        {
            telemetry.Rejected.Add(1, new KeyValuePair<string, object?>("status", error.Status));
            Log.RequestRefused(logger, error.Status, error.Title);
            await Results.Problem(statusCode: error.Status, title: error.Title).ExecuteAsync(context);
            return;
        }

        var callerIsLoopback = context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
        var auth = await services.GetRequiredService<IBotAuthenticator>().AuthenticateAsync(
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity!.ChannelId, activity.ServiceUrl, callerIsLoopback, context.RequestAborted);
        if (!auth.Succeeded)
        {
            telemetry.Rejected.Add(1, new KeyValuePair<string, object?>("status", 401));
            Log.Unauthenticated(logger, auth.Path, auth.FailureReason);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        // After authentication, so a stranger learns nothing from 403 versus 401; before the turn, so nothing is stored.
        if (TenantGate.Refusal(options, activity) is { } refusal)
        {
            telemetry.Rejected.Add(1, new KeyValuePair<string, object?>("status", 403));
            Log.TenantRefused(logger, refusal);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        if (auth.Path != "anonymous")
            services.GetRequiredService<IServiceUrlTrust>().TrustAuthenticated(activity.ServiceUrl!);

        var outcome = await services.GetRequiredService<BotApplication>().ProcessAsync(activity, auth.Identity!);
        context.Response.StatusCode = outcome.Status;
        if (outcome.Invoke?.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(context.Response.Body, new JsonWriterOptions { Encoder = ProtocolJson.WireOptions.Encoder });
            body.WriteTo(writer);
        }
    }
}
