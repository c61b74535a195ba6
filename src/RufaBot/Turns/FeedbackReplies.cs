using System.Text.Json;
using RufaBot.Concerns.Reporters;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Knowledge.Feedback;
using BotProtocol;
using RufaBot.Storage;

namespace RufaBot.Turns;

/// <summary>Records a "Was this helpful?" vote from an answer card and thanks the user.</summary>
internal sealed class FeedbackReplies(IAnswerFeedbackStore store, ReporterKeys keys, FlowCatalog catalog, TimeProvider time)
{
    public async Task<bool> TryRecordAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value || !FeedbackSubmission.TryRead(value, out var answerId, out var helpful))
            return false;
        // Only a keyed hash of the voter is stored: one vote per person and answer, nobody named.
        var userKey = keys.Voter(SenderIdentity.Of(turn.Activity) ?? "anonymous");
        try
        {
            await store.RecordAsync(answerId, userKey, helpful, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
        {
            await turn.SendTextAsync(catalog.Text("answers.feedbackUnavailable", turn.Activity.Locale), cancellationToken);
            return true;
        }
        await turn.SendTextAsync(catalog.Text(helpful ? "host.feedbackThanks" : "host.feedbackSorry", turn.Activity.Locale), cancellationToken);
        return true;
    }
}
