using Microsoft.Extensions.Options;
using RufaBot.Dialogs;
using RufaBot.Dialogs.Answers;
using RufaBot.Dialogs.Messages;
using BotProtocol;
using RufaBot.Storage;
using RufaBot.Turns;

namespace RufaBot.Induction;

/// <summary>
/// Records a finished introduction with its score and tells the user what they achieved, whether their organisation
/// counts it as the mandatory induction (<see cref="InductionOptions"/>), and what they can do next.
/// While the database is unavailable nothing is cleared: the user answers the last question again later.
/// </summary>
internal sealed class InductionCompletion(InductionRecords records, InductionAnswerKey answerKey, FlowCatalog catalog, TimeProvider time,
    IOptions<InductionOptions> options, ILogger<InductionCompletion> logger)
    : IFlowCompletion
{
    public string FlowId => InductionFlow.Id;

    public async Task<FlowCompletion> CompleteAsync(FlowResult result, string draftId, TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = activity.Locale;
        var entity = InductionEntity.Tidy(result.Get<TextAnswer>(InductionFlow.EntityStep)?.Text ?? "");
        var completion = new InductionCompletionRecord
        {
            UserId = InductionUser.Id(activity) ?? throw new InvalidOperationException("A message without a sender cannot complete an induction."),
            DisplayName = activity.From?.Name is { Length: > 256 } name ? name[..256] : activity.From?.Name,
            Entity = entity,
            EntityKey = InductionEntity.Key(entity),
            DraftKey = InductionRecords.DraftKey(draftId),
            CompletedAt = time.GetUtcNow(),
            Correct = answerKey.Correct(result),
            Questions = answerKey.Questions,
        };
        try
        {
            var stored = await records.RecordAsync(completion, cancellationToken);
            InductionLog.Completed(logger, stored.Id, stored.Correct, stored.Questions);
            var text = InductionTexts.Fill(catalog, "induction.completed", locale, stored)
                .Replace("{mandatory}", catalog.Text(options.Value.MandatoryKey("completed"), locale), StringComparison.Ordinal);
            return new FlowCompletion(true, [new TextMessage(text)]);
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
        {
            InductionLog.RecordFailed(logger, exception.GetType().Name);
            return new FlowCompletion(false, [new TextMessage(catalog.Text("induction.completeFailed", locale))]);
        }
    }
}
