using RufaBot.Cards;
using RufaBot.Dialogs;
using BotProtocol;
using RufaBot.Storage;
using RufaBot.Turns;

namespace RufaBot.Induction;

/// <summary>
/// "induction" before the dialog starts: in a group chat or channel, a pointer to the private chat (it is personal
/// learning); in a private chat, someone who already completed it sees when and with what score, and is offered to
/// take it again. Otherwise this command stays silent and the words start the dialog (<see cref="FlowTriggers"/>).
/// </summary>
internal sealed class InductionCommand(InductionRecords records, FlowCatalog catalog, ILogger<InductionCommand> logger) : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = activity.Locale;
        var start = catalog.IsWord("induction.words.start", turn.Text, locale);
        if (!start && !catalog.IsWord("induction.words.again", turn.Text, locale))
            return null;
        if (InductionUser.InSharedScope(activity))
            return [Replies.Text(catalog.Text("induction.personalOnly", locale))];
        if (!start || InductionUser.Id(activity) is not { } userId)
            return null;

        InductionCompletionRecord? previous;
        try
        {
            previous = await records.LatestAsync(userId, cancellationToken);
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
        {
            // Not knowing the last score is no reason to keep anyone from the induction itself.
            InductionLog.RecordFailed(logger, exception.GetType().Name);
            return null;
        }
        if (previous is null)
            return null;
        return [ButtonReply.Create(
            [InductionTexts.Fill(catalog, "induction.previous", locale, previous)],
            [
                new SayButton(catalog.Text("induction.previous.again", locale), catalog.Text("induction.say.again", locale)),
                new SayButton(catalog.Text("induction.previous.responsibilities", locale), catalog.Text("welcome.say.myResponsibilities", locale)),
            ],
            activity.ChannelId)];
    }
}
