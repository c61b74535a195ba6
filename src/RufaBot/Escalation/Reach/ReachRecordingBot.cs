using RufaBot.Protocol;

namespace RufaBot.Escalation.Reach;

/// <summary>
/// Wraps the bot: before each turn, keeps where the sender (personal chat) or the channel can be reached, and forgets it
/// when the app is removed. Recording never fails a turn: a database hiccup only costs an update we will see again.
/// </summary>
internal sealed class ReachRecordingBot(IBot inner, ReachDirectory directory, TimeProvider time, ILogger<ReachRecordingBot> logger) : IBot
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (ReachObservation.From(turn.Activity, time.GetUtcNow()) is { } observation)
        {
            try
            {
                if (observation.Address is { } address)
                    await directory.RecordAsync(address, cancellationToken);
                else
                {
                    await directory.ForgetAsync(observation.ForgetKey, observation.ForgetTeamId, cancellationToken);
                    Log.ReachForgotten(logger);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.ReachNotRecorded(logger, e.GetType().Name);
            }
        }
        return await inner.OnTurnAsync(turn, cancellationToken);
    }
}
