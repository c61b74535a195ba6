using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RufaBot.Hosting;

namespace RufaBot.Concerns.Retention;

/// <summary>Registers the <c>Concerns:Retention</c> options and the service that purges closed concerns.</summary>
internal static class RetentionExtensions
{
    public static WebApplicationBuilder AddConcernRetention(this WebApplicationBuilder builder)
    {
        builder.Services.AddConcernRetention();
        return builder;
    }

    public static IServiceCollection AddConcernRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddBackgroundWorkGate();
        services.AddSingleton<ConcernPurger>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return services;
    }
}
