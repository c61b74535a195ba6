using Microsoft.Extensions.Options;

namespace RufaBot.Escalation.Sla;

/// <summary>Registers the SLA deadlines (used by cards and the pending list) and the timer service.</summary>
internal static class SlaExtensions
{
    public static WebApplicationBuilder AddSlaTimers(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlaOptions>, SlaOptionsValidator>();
        services.AddSingleton<BusinessCalendar>();
        services.AddSingleton<SlaDeadlines>();
        services.AddSingleton<SlaSummary>();
        services.AddSingleton<SlaClaims>();
        services.AddSingleton<SlaStepper>();
        services.AddSingleton<SlaTimerService>();
        services.AddHostedService(sp => sp.GetRequiredService<SlaTimerService>());
        return builder;
    }
}
