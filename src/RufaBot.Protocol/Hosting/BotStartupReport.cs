using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotProtocol;

/// <summary>Says loudly at start-up when the bot runs without authentication.</summary>
internal sealed class BotStartupReport(IOptions<BotOptions> options, ILogger<BotStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsLocalDevelopment)
            Log.LocalDevelopmentMode(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
