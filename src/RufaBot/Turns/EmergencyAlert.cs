using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// The intake's "emergency" signal: the reporter has just said someone is, or may be, in immediate danger. The concern
/// is stored and routed to the emergency tier (B0) at once with what is known so far, so a person is alerted before
/// the reporter answers another question; the rest of the intake completes the same concern. The reporter is told
/// plainly whether anyone was alerted, and never that someone was when nobody was.
/// </summary>
internal sealed class EmergencyAlert(ConcernService concerns, FlowCatalog catalog, IOptions<ConversationOptions> options, ILogger<EmergencyAlert> logger)
    : IFlowSignal
{
    public string FlowId => ConcernSubmission.FlowId;

    public string Signal => "emergency";

    public async Task<IReadOnlyList<BotMessage>> HandleAsync(FlowResult answersSoFar, string draftId, TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (SenderIdentity.Of(activity) is not { } identity)
        {
            Log.EmergencyWithoutIdentity(logger);
            return [Say("emergency.notAlerted", activity.Locale)];
        }
        try
        {
            var (reference, routed) = await concerns.RaiseEmergencyAsync(ConcernIntake.From(answersSoFar), ConcernSubmission.ReporterOf(activity, identity), draftId, cancellationToken);
            Log.EmergencyRaised(logger, routed);
            return [Say(routed ? "emergency.alerted" : "emergency.noRoute", activity.Locale, reference)];
        }
        catch (ConcernStorageUnavailableException exception)
        {
            Log.EmergencyNotStored(logger, exception);
            return [Say("emergency.notAlerted", activity.Locale)];
        }
    }

    private TextMessage Say(string key, string? locale, string reference = "") => new(catalog.Text(key, locale)
        .Replace("{reference}", reference, StringComparison.Ordinal)
        .Replace("{emergencyContacts}", options.Value.EmergencyContactsIn(catalog, locale), StringComparison.Ordinal), key);
}
