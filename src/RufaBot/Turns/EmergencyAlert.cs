using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Intake;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Answers;
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
            var (reference, routed, _) = await concerns.RaiseEmergencyAsync(ConcernIntake.From(answersSoFar) with { Language = catalog.LanguageFor(activity.Locale) }, ConcernSubmission.ReporterOf(activity, identity), draftId, cancellationToken);
            Log.EmergencyRaised(logger, routed);
            return [Say(routed ? "emergency.alerted" : "emergency.noRoute", activity.Locale, reference)];
        }
        catch (ConcernStorageUnavailableException exception)
        {
            Log.EmergencyNotStored(logger, exception);
            return [Say("emergency.notAlerted", activity.Locale)];
        }
    }

    /// <summary>Whether these answers raised the emergency signal: "yes" to danger now, or to harm coming soon.</summary>
    public static bool WasRaised(FlowResult? answersSoFar) =>
        answersSoFar is { FlowId: ConcernSubmission.FlowId } answers
        && (answers.Get<ChoiceAnswer>("danger")?.Choice == "yes" || answers.Get<BoolAnswer>("dangerSoon")?.Value == true);

    /// <summary>
    /// The engine's "stop here?" and "nothing was kept" are untrue once the alert is stored: after an emergency they
    /// say that the alert stays, and what is not added.
    /// </summary>
    public static IReadOnlyList<BotMessage> AfterAlert(IReadOnlyList<BotMessage> messages, FlowCatalog catalog, string? locale) =>
    [
        .. messages.Select(m => m switch
        {
            Prompt { StepId: FlowRunner.CancelStepId } confirm => confirm with { Text = catalog.Text("concern.confirmCancelAfterAlert", locale) },
            TextMessage { Key: "engine.cancelled" } => new TextMessage(catalog.Text("concern.cancelledAfterAlert", locale), "concern.cancelledAfterAlert"),
            _ => m,
        }),
    ];

    private TextMessage Say(string key, string? locale, string reference = "") => new(catalog.Text(key, locale)
        .Replace("{reference}", reference, StringComparison.Ordinal)
        .Replace("{emergencyContacts}", options.Value.EmergencyContactsIn(catalog, locale), StringComparison.Ordinal), key);
}
