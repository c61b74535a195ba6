using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RufaBot.Concerns.Reporters;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// Concerns: the database (see <see cref="StorageExtensions"/>), the <c>Concerns</c> options, the reporter keys and
/// <see cref="ConcernService"/> (a singleton; it opens a context per call).
/// </summary>
internal static class ConcernsExtensions
{
    public static WebApplicationBuilder AddConcerns(this WebApplicationBuilder builder)
    {
        builder.AddRufaStorage();
        var services = builder.Services;
        services.AddOptions<ConcernsOptions>().BindConfiguration(ConcernsOptions.Section)
            .Validate(o => o.ReporterKeySecret is { Length: >= ConcernsOptions.MinSecretLength }, $"Concerns:ReporterKeySecret must be at least {ConcernsOptions.MinSecretLength} characters long: put a random secret in a vault (e.g. from openssl rand -base64 32), or leave it empty in development for a generated one.")
            .Validate(o => o.FollowUpPassphraseIterations >= 100_000, "Concerns:FollowUpPassphraseIterations must be at least 100000: the passphrase hash is slow on purpose, so a copy of the database cannot be searched quickly.")
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<ConcernsOptions>, ConcernsSecretDefault>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReporterKeys>();
        // Escalation replaces this with its own when it is registered, before or after.
        services.TryAddSingleton<IConcernChanges, StoredOnly>();
        services.TryAddSingleton<ConcernService>();
        return builder;
    }
}
