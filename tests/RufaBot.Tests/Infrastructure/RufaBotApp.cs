using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RufaBot.Tests.Infrastructure;

/// <summary>
/// The real RufaBot host on Kestrel at an ephemeral loopback port, so requests arrive over real sockets from
/// 127.0.0.1 exactly as the Agents Playground's do. Settings override configuration per test class.
/// Rate limiting is off unless a test turns it on: how many requests fit in a window depends on the machine's
/// speed, so only the limiter's own tests, which hold the clock still, may meet it.
/// </summary>
public sealed class RufaBotApp(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    private Uri? _address;

    /// <summary>Base address of the running bot.</summary>
    public Uri Address => _address ??= Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.ClearProviders());
        // Each test host gets its own in-memory database; a setting below may replace it.
        builder.UseSetting("ConnectionStrings:Rufa", "Data Source=:memory:");
        builder.UseSetting("RateLimiting:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        if (services is not null)
            builder.ConfigureServices(services);
    }

    private Uri Start()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress;
    }

    public HttpClient CreateBotClient() => new() { BaseAddress = Address };
}
