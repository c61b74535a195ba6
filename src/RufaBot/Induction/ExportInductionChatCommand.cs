using System.Globalization;
using Microsoft.Extensions.Options;
using RufaBot.Administration;
using RufaBot.Cards;
using RufaBot.Dialogs;
using BotProtocol;
using RufaBot.Storage;
using RufaBot.Turns;

namespace RufaBot.Induction;

/// <summary>
/// "export induction ENTITY", or its words in any of the six languages (induction.words.export), for administrators
/// in a private chat: the entity's completions as CSV in a code block, small
/// exports only. A bot cannot attach a file to a plain Teams reply without the file-consent flow, so larger exports
/// (or ones a code block cannot show) point to the <c>export-induction</c> command line.
/// </summary>
internal sealed class ExportInductionChatCommand(
    InductionRecords records, Administrators administrators, FlowCatalog catalog, IOptions<InductionOptions> options,
    ILogger<ExportInductionChatCommand> logger) : IChatCommand
{
    public const int MaxRowsInChat = 50;
    public const int MaxCharsInChat = 12_000;

    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var locale = activity.Locale;
        if (turn.Text is not { } text || catalog.AfterWords("induction.words.export", text) is not { } entityTyped)
            return null;
        if (!administrators.IsAdmin(activity))
        {
            InductionLog.ExportRefused(logger);
            return [Say("induction.export.refused", locale)];
        }
        if (InductionUser.InSharedScope(activity))
            return [Say("induction.export.personalOnly", locale)];
        var entity = InductionEntity.Tidy(entityTyped);
        if (entity.Length == 0)
            return [Say("induction.export.usage", locale)];

        IReadOnlyList<InductionCompletionRecord> rows;
        try
        {
            rows = await records.ForEntityAsync(entity, cancellationToken);
        }
        catch (Exception exception) when (StorageFailure.IsUnavailable(exception))
        {
            InductionLog.RecordFailed(logger, exception.GetType().Name);
            return [Say("induction.export.unavailable", locale)];
        }
        InductionLog.Exported(logger, rows.Count, "chat");
        if (rows.Count == 0)
            return [Say("induction.export.none", locale, entity)];
        var csv = InductionCsv.Write(rows, options.Value.CountsAsMandatoryInduction);
        if (rows.Count > MaxRowsInChat || csv.Length > MaxCharsInChat || csv.Contains("```", StringComparison.Ordinal))
            return [Say("induction.export.tooMany", locale, entity, rows.Count)];
        return [Replies.Text(Fill("induction.export.rows", locale, entity, rows.Count) + "\n\n```\n" + csv + "```")];
    }

    private Activity Say(string key, string? locale, string entity = "", int count = 0) => Replies.Text(Fill(key, locale, entity, count));

    private string Fill(string key, string? locale, string entity, int count) => catalog.Text(key, locale)
        .Replace("{mandatory}", catalog.Text(options.Value.MandatoryKey("export"), locale), StringComparison.Ordinal)
        .Replace("{entity}", CardText.Escape(entity), StringComparison.Ordinal)
        .Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
