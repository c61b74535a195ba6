using RufaBot.Administration;
using RufaBot.Escalation.Routing;
using BotProtocol;

namespace RufaBot.Escalation.Reach;

/// <summary>
/// Wraps the bot: before each turn, keeps where a focal point or administrator (personal chat) or a channel can be
/// reached, and forgets it when the app is removed. Of anyone else's chat only the tenant's Connector address is kept:
/// a row written when a reporter first talked to RufaBot would date their concern, and that is how a copy of the
/// database unmasked anonymous reporters.
/// Recording never fails a turn: a database hiccup only costs an update we will see again.
/// </summary>
internal sealed class ReachRecordingBot(IBot inner, ReachDirectory directory, FocalPointRoster roster, Administrators administrators,
    TimeProvider time, ILogger<ReachRecordingBot> logger) : IBot
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (ReachObservation.From(turn.Activity, time.GetUtcNow()) is { } observation)
        {
            try
            {
                if (observation.Address is { } address)
                {
                    if (address.AadObjectId is not { } person || administrators.IsAdmin(person) || await roster.IncludesAsync(person, cancellationToken))
                        await directory.RecordAsync(address, cancellationToken);
                    else if (address.TenantOnly() is { } tenant)
                        await directory.RecordAsync(tenant, cancellationToken);
                }
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
