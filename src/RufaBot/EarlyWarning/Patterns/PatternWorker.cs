using Microsoft.Extensions.Options;
using RufaBot.Hosting;

namespace RufaBot.EarlyWarning.Patterns;

/// <summary>Runs <see cref="PatternCheck"/> every <see cref="PatternOptions.CheckInterval"/>, outside anyone's turn.</summary>
internal sealed class PatternWorker(PatternCheck check, IOptionsMonitor<EarlyWarningOptions> options, TimeProvider time, ILogger<PatternWorker> logger)
    : PeriodicWorker(time)
{
    protected override TimeSpan Interval => options.CurrentValue.Patterns.CheckInterval;

    protected override bool Starting() => options.CurrentValue.Patterns.Enabled;

    protected override async Task<bool> RoundAsync(CancellationToken ct)
    {
        await check.RunOnceAsync(ct);
        return false;
    }

    protected override void RoundFailed(Exception failure) => Log.RoundFailed(logger, "patterns", failure.GetType().Name, failure);
}
