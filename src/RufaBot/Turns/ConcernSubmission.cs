using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Concerns.Retention;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Messages;
using RufaBot.MyConcerns;
using BotProtocol;

namespace RufaBot.Turns;

/// <summary>
/// Stores a completed intake as a concern. Submission is idempotent per draft, so a retry after a database outage
/// never creates a second record; until the record is committed the draft stays where it was (at the summary). In
/// Teams the summary card is then replaced by a short submitted card (<see cref="SubmittedCard"/>).
/// </summary>
internal sealed class ConcernSubmission(ConcernService concerns, FlowCatalog catalog, SubmittedCard submitted, IOptions<ConversationOptions> options,
    IOptions<RetentionOptions> retention, ILogger<ConcernSubmission> logger)
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
        try
        {
            var stored = await concerns.CompleteIntakeAsync(ConcernIntake.From(result) with { Language = catalog.LanguageFor(activity.Locale) }, ReporterOf(activity, identity), draftId, cancellationToken);
            if (activity.ChannelId == "msteams")
            {
                await submitted.ShowAsync(turn, stored, cancellationToken);
                return new FlowCompletion(true, []);
            }
            var key = (stored.Routed ? "host.submitted" : "host.submitted.noRoute") + (stored.Passphrase is null ? "" : ".unlinked");
            var text = catalog.Text(key, activity.Locale)
                .Replace("{reference}", stored.Reference, StringComparison.Ordinal)
                .Replace("{passphrase}", stored.Passphrase ?? "", StringComparison.Ordinal);
            return new FlowCompletion(true, [new TextMessage(text)]);
        }
        catch (ConcernStorageUnavailableException exception)
        {
            Log.SubmitFailed(logger, exception);
            return new FlowCompletion(false, [new TextMessage(catalog.Text("host.submitFailed", activity.Locale))]);
        }
    }

    /// <summary>The reporter as the concern keeps them: the vouched identity, the name, and the chat to send updates to.</summary>
    internal static ReporterInfo ReporterOf(Activity activity, string identity) => new(
        identity,
        activity.From?.Name,
        new ReporterConversation(activity.ServiceUrl!, activity.Conversation!.Id!, activity.Conversation.TenantId, ClientLocale.From(activity.Locale)));

    /// <summary>
    /// Puts the configured emergency contacts into the intake's emergency guidance and the answer to a cry for help, and the configured time after which
    /// an anonymous concern's link is cut into the note about the link.
    /// </summary>
    public BotMessage Prepare(BotMessage message, string? locale) => message switch
    {
        TextMessage { Key: "concern.emergency" or "engine.cryForHelp" } text => text.Fill("emergencyContacts", options.Value.EmergencyContactsIn(catalog, locale)),
        TextMessage { Key: "concern.linkNote" } text => text.Fill("linkCutDays",
            ((int)Math.Ceiling(retention.Value.AnonymousLinksCutAfterClose.TotalDays)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => message,
    };
}
