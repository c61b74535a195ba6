using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RufaBot.Hosting;

namespace RufaBot.Storage;

/// <summary>
/// The database: SQLite by default (<c>data/rufabot.db</c> under the content root), PostgreSQL with
/// <c>Storage:Provider</c> = <c>PostgreSQL</c> or with <c>ConnectionStrings:Concerns</c> set; migrated at start-up; a <c>database</c> health check. EF interceptors
/// registered as <see cref="IInterceptor"/> services are added to every context. Called by <c>AddConcerns</c>;
/// calling it again does nothing.
/// </summary>
internal static class StorageExtensions
{
    public static WebApplicationBuilder AddRufaStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(s => s.ServiceType == typeof(StorageLocation)))
            return builder;

        var location = StorageLocation.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(location);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddSingleton(StorageProtection.Create(location));
        if (location.Provider == StorageProvider.PostgreSQL)
        {
            services.AddDbContextFactory<PostgresRufaDbContext>((sp, o) => Common(o.UseNpgsql(location.ConnectionString), sp));
            services.AddSingleton<IDbContextFactory<RufaDbContext>, RufaDbContextFactory<PostgresRufaDbContext>>();
        }
        else
        {
            services.AddSingleton(_ => new SqliteMemoryAnchor(location));
            services.AddSingleton<SqliteWriterGate>();
            services.AddSingleton<IInterceptor, SqliteWriterGateInterceptor>();
            services.AddDbContextFactory<SqliteRufaDbContext>((sp, o) =>
            {
                if (location.InMemory)
                    sp.GetRequiredService<SqliteMemoryAnchor>();
                Common(o.UseSqlite(location.ConnectionString), sp);
            });
            services.AddSingleton<IDbContextFactory<RufaDbContext>, RufaDbContextFactory<SqliteRufaDbContext>>();
        }
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext());
        services.AddHostedService<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready]);
        return builder;
    }

    // SQL text is for debugging, not for the Information log of every turn (values are never logged either way).
    private static void Common(DbContextOptionsBuilder options, IServiceProvider services) => options
        .AddInterceptors(services.GetServices<IInterceptor>())
        .ConfigureWarnings(w => w.Log((RelationalEventId.CommandExecuted, LogLevel.Debug)));
}
