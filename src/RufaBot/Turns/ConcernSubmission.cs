using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using RufaBot.MyConcerns;
using RufaBot.Protocol;

namespace RufaBot.Turns;

/// <summary>
/// Stores a completed intake as a concern. Submission is idempotent per draft, so a retry after a database outage
/// never creates a second record; until the record is committed the draft stays where it was (at the summary). In
/// Teams the summary card is then replaced by a short submitted card (<see cref="SubmittedCard"/>).
/// </summary>
internal sealed class ConcernSubmission(ConcernService concerns, FlowCatalog catalog, SubmittedCard submitted, IOptions<ConversationOptions> options, ILogger<ConcernSubmission> logger)
    : IFlowCompletion
{
    public const string FlowId = "raise-concern";

    string IFlowCompletion.FlowId => FlowId;

    public async Task<FlowCompletion> CompleteAsync(FlowResult result, string draftId, TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (SenderIdentity.Of(activity) is not { } identity)
        {
            // Without an identity the channel vouches for, nobody could follow the concern up; keep the draft.
            Log.SubmitWithoutIdentity(logger);
            return new FlowCompletion(false, [new TextMessage(catalog.Text("host.identityMissing", activity.Locale))]);
        }
        var reporter = new ReporterInfo(
            identity,
            activity.From?.Name,
            new ReporterConversation(activity.ServiceUrl!, activity.Conversation!.Id!, activity.Conversation.TenantId, ClientLocale.From(activity.Locale)));
        try
        {
            var reference = await concerns.SubmitAsync(ConcernIntake.From(result), reporter, draftId, cancellationToken);
            if (activity.ChannelId == "msteams")
            {
                await submitted.ShowAsync(turn, reference, cancellationToken);
                return new FlowCompletion(true, []);
            }
            return new FlowCompletion(true, [new TextMessage(catalog.Text("host.submitted", activity.Locale).Replace("{reference}", reference, StringComparison.Ordinal))]);
        }
        catch (ConcernStorageUnavailableException exception)
        {
            Log.SubmitFailed(logger, exception);
            return new FlowCompletion(false, [new TextMessage(catalog.Text("host.submitFailed", activity.Locale))]);
        }
    }

    /// <summary>Puts the configured emergency contacts into the intake's emergency guidance.</summary>
    public BotMessage Prepare(BotMessage message) => message is TextMessage { Key: "concern.emergency" } text
        ? text.Fill("emergencyContacts", options.Value.EmergencyContacts)
        : message;
}
