using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RufaBot.Storage;

namespace RufaBot.Escalation.Outbox;

/// <summary>
/// <c>outbox</c> (tag <c>ready</c>): unhealthy when a message has waited longer than <see cref="OutboxOptions.UnhealthyAge"/>,
/// degraded while any message is being retried. The description and data (counts and ages) are for the log: the counts
/// move with every submission, so <c>/readyz</c> shows only the status.
/// </summary>
internal sealed class OutboxHealthCheck(IDbContextFactory<RufaDbContext> contexts, IOptionsMonitor<OutboxOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = db.OutboxMessages.Where(m => m.DeliveredAt == null);
        var backlog = await pending.CountAsync(cancellationToken);
        var retrying = await pending.CountAsync(m => m.Attempts > 0, cancellationToken);
        var oldest = await pending.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var age = oldest is { } created ? time.GetUtcNow() - created : TimeSpan.Zero;
        var data = new Dictionary<string, object> { ["backlog"] = backlog, ["retrying"] = retrying, ["oldestSeconds"] = (long)age.TotalSeconds };
        if (age > options.CurrentValue.UnhealthyAge)
            return HealthCheckResult.Unhealthy($"An outbox message has waited {age:g}; check the Connector and the reachability gaps reported to administrators.", data: data);
        return retrying > 0
            ? HealthCheckResult.Degraded($"{retrying} outbox message(s) are being retried.", data: data)
            : HealthCheckResult.Healthy($"{backlog} outbox message(s) pending.", data: data);
    }
}
