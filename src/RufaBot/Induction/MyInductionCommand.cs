using Microsoft.Extensions.Options;
using RufaBot.Dialogs;
using BotProtocol;
using RufaBot.Storage;
using RufaBot.Turns;

namespace RufaBot.Induction;

/// <summary>"my induction": the user's own latest completion, in a private chat only (a score is nobody else's business).</summary>
internal sealed class MyInductionCommand(InductionRecords records, FlowCatalog catalog, IOptions<InductionOptions> options, ILogger<MyInductionCommand> logger) : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = activity.Locale;
        if (!catalog.IsWord("induction.words.mine", turn.Text, locale))
            return null;
        if (InductionUser.InSharedScope(activity))
            return [Replies.Text(catalog.Text("induction.personalOnly", locale))];
        if (InductionUser.Id(activity) is not { } userId)
            return [Replies.Text(catalog.Text("induction.mine.none", locale))];
        try
        {
            var latest = await records.LatestAsync(userId, cancellationToken);
            return [Replies.Text(latest is null
                ? catalog.Text("induction.mine.none", locale)
                : InductionTexts.Fill(catalog, "induction.mine.done", locale, latest)
                    .Replace("{mandatory}", catalog.Text(options.Value.MandatoryKey("completed"), locale), StringComparison.Ordinal))];
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
        {
            InductionLog.RecordFailed(logger, exception.GetType().Name);
            return [Replies.Text(catalog.Text("induction.mine.unavailable", locale))];
        }
    }
}
