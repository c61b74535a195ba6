using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RufaBot.Concerns.Retention;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Escalation.Registration;
using RufaBot.Escalation.Routing;
using RufaBot.Escalation.Sla;
using BotProtocol;
using RufaBot.Storage;
using RufaBot.Turns;

namespace RufaBot.Escalation;

/// <summary>
/// What escalation runs on: routing (configuration, optional <c>routing.json</c> next to the app, and registrations
/// made in chat), where people and channels can be reached, the outbox and its dispatcher, and SLA timers. Call after
/// <c>AddTurns</c>: it wraps the bot registered there to record conversation references.
/// </summary>
internal static class EscalationInfrastructureExtensions
{
    public static WebApplicationBuilder AddEscalationInfrastructure(this WebApplicationBuilder builder)
    {
        // Read at start-up only: a file watcher per host costs an inotify instance, and routing changes made while
        // running go through the registration command (stored in the database) instead.
        builder.Configuration.AddJsonFile(Path.Combine(builder.Environment.ContentRootPath, "routing.json"), optional: true, reloadOnChange: false);
        builder.AddRufaStorage();
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddSingleton<RoutingRegistrations>();
        services.AddSingleton<FocalPointRoster>();
        services.AddSingleton<IEscalationRouter, EscalationRouter>();
        services.AddSingleton<RouteTenants>();
        services.AddSingleton<IChatCommand, RegisterFocalPointCommand>();

        services.AddSingleton<ReachDirectory>();
        services.AddSingleton<IReachGaps, ReachGaps>();
        DecorateBot(services);

        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxRecipientKeys>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddSingleton<OutboxClaims>();
        services.AddSingleton<OutboxAddressing>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox", tags: ["ready"])
            .AddCheck<EmergencyRouteCheck>("emergency-route", tags: ["ready"]);
        services.AddSingleton<EmergencyRouteCheck>();
        services.AddHostedService(sp => sp.GetRequiredService<EmergencyRouteCheck>());

        builder.AddSlaTimers();
        services.AddSingleton<IConcernPurgeHook, EscalationPurge>();
        return builder;
    }

    private static void DecorateBot(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException("AddEscalationInfrastructure must come after AddTurns: it wraps the bot to record where people can be reached.");
        services.Remove(registered);
        services.AddSingleton<IBot>(sp => new ReachRecordingBot(Inner(sp, registered), sp.GetRequiredService<ReachDirectory>(),
            sp.GetRequiredService<FocalPointRoster>(), sp.GetRequiredService<Administration.Administrators>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ReachRecordingBot>>()));
    }

    private static IBot Inner(IServiceProvider sp, ServiceDescriptor registered) =>
        (IBot)(registered.ImplementationInstance
               ?? registered.ImplementationFactory?.Invoke(sp)
               ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
}
