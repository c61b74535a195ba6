using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RufaBot.Cards;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Dialogs;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Outbox;
using BotProtocol;
using RufaBot.Storage;

namespace RufaBot.Escalation.Notifications;

/// <summary>
/// What the reporter hears, in their own chat and through the outbox, in the language they raised the concern in: each
/// status change in plain words (never the deliberations, never who), and focal points' questions with a box to answer. The focal point appears only by role.
/// The outbox rows carry no concern id, so nothing stored in clear ties the reporter's chat to the concern.
/// </summary>
internal sealed class ReporterNotices(FlowCatalog catalog)
{
    public const string UpdatePurpose = "reporter-update";
    public const string QuestionPurpose = "reporter-question";

    /// <summary>The marker of the answer button's data, read by <see cref="ReporterAnswerCommand"/>.</summary>
    public const string AnswerMarker = "reporterAnswer";

    public const string AnswerInput = "answer";

    private static readonly ConcernStatus[] Told = [ConcernStatus.Acknowledged, ConcernStatus.Escalated, ConcernStatus.Referred, ConcernStatus.Closed];

    /// <summary>Tells the reporter the concern's new status; called after acknowledging, escalating, referring and closing.</summary>
    public async Task StatusChangedAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct)
    {
        if (!Told.Contains(concern.Status))
            return;
        if (await ConversationAsync(db, concern, ct) is not { } chat)
            return;
        var t = new EscalationTexts(catalog, chat.Locale);
        var text = t.Fill("esc.reporter." + concern.Status, ("reference", concern.Reference), ("tierName", t.TierName(concern.Tier)))
            + "\n\n" + t["esc.reporter.next"];
        var notice = Replies.Text(text);
        notice.Locale = chat.Locale;
        db.Enqueue(OutboxWrites.SendToConversation(chat.ServiceUrl, chat.ConversationId, chat.TenantId, notice, UpdatePurpose, null, now));
    }

    public async Task QuestionAsync(RufaDbContext db, Concern concern, string question, ConcernRole askedBy, DateTimeOffset now, CancellationToken ct)
    {
        if (await ConversationAsync(db, concern, ct) is not { } chat)
            return;
        var t = new EscalationTexts(catalog, chat.Locale);
        var body = new JsonArray
        {
            AdaptiveCard.TextBlock(t.Fill("esc.reporter.question", ("role", t.Role(askedBy)), ("reference", concern.Reference)), bold: true),
            AdaptiveCard.TextBlock(CardText.Escape(question)),
            new JsonObject
            {
                ["type"] = "Input.Text", ["id"] = AnswerInput, ["label"] = t["esc.reporter.answerLabel"], ["isMultiline"] = true,
                ["isRequired"] = true, ["maxLength"] = Concern.MaxTextLength, ["errorMessage"] = t["esc.reporter.answerLabel"],
            },
            AdaptiveCard.TextBlock(t["esc.reporter.answerNote"], subtle: true, size: "Small"),
        };
        var data = new JsonObject { ["rufa"] = AnswerMarker, ["reference"] = concern.Reference };
        var card = AdaptiveCard.Create(body, [AdaptiveCard.Submit(t["esc.reporter.answerSend"], data, primary: true)]);
        // The card's own first line says who asks; as text beside the card it was posted twice. The summary is the
        // chat list's and the notification's line, and carries no word of the question.
        var activity = Replies.Card(card);
        activity.Summary = t.Fill("esc.reporter.question", ("role", t.Role(askedBy)), ("reference", concern.Reference));
        activity.Locale = chat.Locale;
        db.Enqueue(OutboxWrites.SendToConversation(chat.ServiceUrl, chat.ConversationId, chat.TenantId, activity, QuestionPurpose, null, now));
    }

    /// <summary>
    /// What the focal point's card says once their question is recorded: with no link there is no chat to send it to,
    /// so it waits in the reporter's follow-up inbox (the web door's follow-up page, or "follow up" in a chat).
    /// </summary>
    public string AskedKey(Concern concern) =>
        "esc.msg.InformationRequested" + (concern.Consent == Concerns.Intake.ConsentMode.Unlinked ? ".unlinked" : "");

        private static Task<ReporterConversation?> ConversationAsync(RufaDbContext db, Concern concern, CancellationToken ct) =>
        db.ReporterLinks.Where(l => l.ConcernId == concern.Id).Select(l => l.Conversation).FirstOrDefaultAsync(ct);
}
