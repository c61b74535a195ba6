using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Escalation.Registration;

namespace RufaBot.Escalation.Routing;

/// <summary>
/// Whether anyone receives emergencies: a reporter who says someone is in immediate danger is routed to the B0 tier at
/// once. Without a B0 route nobody is alerted (the reporter is told so, with the emergency contacts), so start-up warns
/// and <c>emergency-route</c> (tag <c>ready</c>) reports degraded until one is configured or registered.
/// </summary>
internal sealed class EmergencyRouteCheck(IOptionsMonitor<RoutingOptions> options, RoutingRegistrations registrations, ILogger<EmergencyRouteCheck> logger)
    : IHealthCheck, IHostedService
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await ExistsAsync(cancellationToken)
            ? HealthCheckResult.Healthy("Emergencies (B0) have a route.")
            : HealthCheckResult.Degraded("No B0 route: emergencies alert nobody. Set Escalation:Routing:Tiers:B0 to the security focal point or the security team's channel.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!await ExistsAsync(cancellationToken))
                Log.NoEmergencyRoute(logger);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database may not be up yet; readiness reports it, and the check runs again there.
            Log.EmergencyRouteUnknown(logger, e.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<bool> ExistsAsync(CancellationToken ct) =>
        options.CurrentValue.Tiers.TryGetValue(nameof(EscalationTier.B0), out var tier) && !tier.IsEmpty
        || (await registrations.AllAsync(ct)).Any(r => r.Tier == EscalationTier.B0);
}
