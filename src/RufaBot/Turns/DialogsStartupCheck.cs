using RufaBot.Dialogs;

namespace RufaBot.Turns;

/// <summary>Loads the dialog catalog while the host starts, so a broken dialog file fails start-up, not the first user.</summary>
internal sealed class DialogsStartupCheck(FlowCatalog catalog, ILogger<DialogsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.DialogsLoaded(logger, catalog.FlowIds.Count, string.Join(", ", catalog.Languages));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
