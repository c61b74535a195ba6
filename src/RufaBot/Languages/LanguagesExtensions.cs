using RufaBot.Turns;
using BotProtocol;

namespace RufaBot.Languages;

/// <summary>
/// Registers the choice of language per turn and per person (the rate limiter's refusals included), the language
/// command, and right-to-left output. Comes
/// after every other registration that wraps the bot or the connector: the language must be decided before anything
/// reads the locale (the reach record included), and cards leave through the right-to-left step last.
/// </summary>
internal static class LanguagesExtensions
{
    public static WebApplicationBuilder AddLanguages(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<LanguagePreferences>();
        services.AddSingleton<LanguageWords>();
        services.AddSingleton<IChatCommand, LanguageCommand>();
        Decorate<IBot>(services, (sp, inner) => new LanguageChoosingBot(inner, sp.GetRequiredService<LanguagePreferences>(),
            sp.GetRequiredService<LanguageWords>(), sp.GetRequiredService<ILogger<LanguageChoosingBot>>()));
        Decorate<IConnectorClient>(services, (_, inner) => new RightToLeftConnector(inner));
        Decorate<ITurnLimiter>(services, (sp, inner) => new LanguageKeepingLimiter(inner, sp.GetRequiredService<LanguagePreferences>(),
            sp.GetRequiredService<ILogger<LanguageKeepingLimiter>>()));
        return builder;
    }

    private static void Decorate<T>(IServiceCollection services, Func<IServiceProvider, T, T> wrap) where T : class
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(T))
            ?? throw new InvalidOperationException($"AddLanguages must come after the registration of {typeof(T).Name}.");
        services.Remove(registered);
        services.Add(new ServiceDescriptor(typeof(T), sp => wrap(sp, (T)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))), registered.Lifetime));
    }
}
