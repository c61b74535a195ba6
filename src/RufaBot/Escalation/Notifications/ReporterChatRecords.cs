using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Outbox;
using RufaBot.Storage;

namespace RufaBot.Escalation.Notifications;

/// <summary>
/// The reporter's notices are outbox rows addressed to their chat (<see cref="ReporterNotices"/>): when a reporter's
/// link is cut, those that mention the concern (and every one already delivered, whose only use was its delivery) are
/// removed in the same unit of work, so no stored message still puts the reference beside the reporter's chat.
/// Notices about the person's other concerns that are still waiting are kept.
/// </summary>
internal sealed class ReporterChatRecords(OutboxRecipientKeys keys)
{
    private static readonly string[] Purposes = [ReporterNotices.UpdatePurpose, ReporterNotices.QuestionPurpose];

    public async Task ForgetAsync(RufaDbContext db, ReporterConversation chat, string reference, CancellationToken ct)
    {
        var key = keys.ForChat(chat.ConversationId);
        var messages = await db.OutboxMessages.Where(m => m.RecipientKey == key && Purposes.Contains(m.Purpose)).ToListAsync(ct);
        db.OutboxMessages.RemoveRange(messages.Where(m => m.DeliveredAt is not null || m.ActivityJson.Contains(reference, StringComparison.Ordinal)));
    }
}
