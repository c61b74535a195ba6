using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Concerns;
using RufaBot.Storage;

namespace RufaBot.Tests.Storage;

/// <summary>
/// The real registration (<c>AddConcerns</c>) in a minimal web host on a temp content root: options validated, the
/// database migrated by the hosted service, the key ring and the reporter secret where the app would keep them.
/// </summary>
internal sealed class ConcernsHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ConcernsHost(WebApplication app, LogCapture logs, FakeTimeProvider time)
    {
        _app = app;
        Logs = logs;
        Time = time;
    }

    public LogCapture Logs { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    public ConcernService Concerns => Services.GetRequiredService<ConcernService>();

    public RufaDbContext NewContext() => Services.GetRequiredService<IDbContextFactory<RufaDbContext>>().CreateDbContext();

    public static async Task<ConcernsHost> StartAsync(string contentRoot, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new LogCapture();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(time);
        services?.Invoke(builder.Services);
        builder.AddConcerns();
        var app = builder.Build();
        await app.StartAsync();
        return new ConcernsHost(app, logs, time);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
