using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RufaBot.Hosting;

/// <summary>
/// <c>GET /healthz</c> (liveness) and <c>GET /readyz</c> (readiness): overall status plus each dependency's status.
/// 200 when healthy or degraded, 503 when unhealthy.
/// </summary>
internal static class HealthEndpoints
{
    public static WebApplication MapRufaHealthChecks(this WebApplication app)
    {
        // Liveness checks no dependency: a database outage must not get every instance restarted.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        // Readiness: can this instance serve turns now (database, Redis, outbox, …)? Load balancers route on it.
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthTags.Ready), ResponseWriter = WriteAsync });
        return app;
    }

    // Anyone can call these, so they say only which check is in which state: a description or its data (an outbox
    // backlog, a PING time) would let an outsider watch submissions come in. Descriptions go to the log instead
    // (the health check service logs each degraded or unhealthy result with it).
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var entries = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString() });
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), dependencies = entries }));
    }
}

/// <summary>Tags of health checks. A check tagged <see cref="Ready"/> is part of <c>GET /readyz</c>.</summary>
internal static class HealthTags
{
    public const string Ready = "ready";
}
