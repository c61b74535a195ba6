using System.Text.Json;
using RufaBot.Concerns;
using RufaBot.Conversations;
using RufaBot.Dialogs;
using RufaBot.Escalation.Cards;
using BotProtocol;
using RufaBot.Turns;

namespace RufaBot.Escalation.Notifications;

/// <summary>
/// The reporter's answer to a focal point's question: the Send button of the question card. The answer joins the
/// concern only if the concern is the sender's own (checked by keyed hash, not by the card); the focal points' cards
/// are updated through the outbox in the same transaction (<see cref="ConcernService.AddInformationAsync"/>).
/// </summary>
internal sealed class ReporterAnswerCommand(ConcernService concerns, FlowCatalog catalog) : IChatCommand
{
    public async Task<IReadOnlyList<Activity>?> TryAnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("rufa", out var marker) || marker.ValueKind != JsonValueKind.String || marker.GetString() != ReporterNotices.AnswerMarker)
            return null;
        var t = new EscalationTexts(catalog, turn.Activity.Locale);
        var reference = value.TryGetProperty("reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
        var answer = value.TryGetProperty(ReporterNotices.AnswerInput, out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()!.Trim() : "";
        var from = SenderIdentity.Of(turn.Activity);
        if (answer.Length == 0)
            return [Replies.Text(t["esc.reporter.answerEmpty"])];
        if (from is null)
            return [Replies.Text(t["esc.reporter.answerUnknown"])];
        try
        {
            var view = await concerns.AddInformationAsync(reference, from, answer.Length > Concern.MaxTextLength ? answer[..Concern.MaxTextLength] : answer, cancellationToken);
            return [Replies.Text(view is null ? t["esc.reporter.answerUnknown"] : t.Fill("esc.reporter.answered", ("reference", view.Reference)))];
        }
        catch (ConcernTransitionException)
        {
            return [Replies.Text(t.Fill("esc.reporter.answerClosed", ("reference", ConcernReference.TryNormalize(reference, out var normalized) ? normalized : "")))];
        }
        catch (ConcernStorageUnavailableException)
        {
            return [Replies.Text(t["esc.reporter.answerFailed"])];
        }
    }
}
