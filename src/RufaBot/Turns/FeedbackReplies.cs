using System.Text.Json;
using RufaBot.Dialogs;
using RufaBot.Knowledge.Feedback;
using RufaBot.Protocol;

namespace RufaBot.Turns;

/// <summary>Records a "Was this helpful?" vote from an answer card and thanks the user.</summary>
internal sealed class FeedbackReplies(IAnswerFeedbackStore store, FlowCatalog catalog, TimeProvider time)
{
    public async Task<bool> TryRecordAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value || !FeedbackSubmission.TryRead(value, out var answerId, out var helpful))
            return false;
        var userKey = turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id ?? "anonymous";
        await store.RecordAsync(answerId, userKey, helpful, time.GetUtcNow(), cancellationToken);
        await turn.SendTextAsync(catalog.Text(helpful ? "host.feedbackThanks" : "host.feedbackSorry", turn.Activity.Locale), cancellationToken);
        return true;
    }
}
