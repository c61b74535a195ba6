using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;

namespace RufaBot.Diagnostics;

/// <summary>
/// Counts database commands and conversation-state operations (always: they are metrics), and maps the opt-in
/// counters endpoint. Call after the conversation state is registered, since it wraps that cache.
/// </summary>
internal static class DiagnosticsExtensions
{
    public static WebApplicationBuilder AddRufaDiagnostics(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DiagnosticsOptions>().BindConfiguration(DiagnosticsOptions.Section);
        builder.Services.AddSingleton<IInterceptor, CommandCountingInterceptor>();
        var cache = builder.Services.LastOrDefault(s => s.ServiceType == typeof(IDistributedCache) && !s.IsKeyedService)
            ?? throw new InvalidOperationException("AddRufaDiagnostics wraps the conversation-state cache: call AddConversationState first.");
        builder.Services.Remove(cache);
        builder.Services.AddSingleton<IDistributedCache>(sp => new CountingDistributedCache(Inner(sp, cache)));
        return builder;
    }

    public static WebApplication MapRufaDiagnostics(this WebApplication app)
    {
        if (app.Configuration.GetSection(DiagnosticsOptions.Section).Get<DiagnosticsOptions>() is { CountersEndpoint: true })
            app.MapGet("/diagnostics/counters", CountersEndpoint.Handle).ExcludeFromDescription();
        return app;
    }

    private static IDistributedCache Inner(IServiceProvider services, ServiceDescriptor descriptor) => (IDistributedCache)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
