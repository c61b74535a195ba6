using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RufaBot.Tests.Infrastructure;

namespace RufaBot.Tests.RateLimiting;

/// <summary>
/// The real bot with rate limiting on and its clock held still: every request of a test falls in the same window
/// however slow the machine, and a test that needs the window to pass moves <see cref="Clock"/>.
/// </summary>
public abstract class LimitedBot : RunningBot
{
    /// <summary>Starts at the real time (tokens are checked against it) and moves only when a test moves it.</summary>
    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>The limits under test, beside the defaults.</summary>
    protected abstract IReadOnlyDictionary<string, string?> Limits { get; }

    protected sealed override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(Limits) { ["RateLimiting:Enabled"] = "true" };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
