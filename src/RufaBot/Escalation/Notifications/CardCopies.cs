using RufaBot.Concerns;
using RufaBot.Escalation.Actions;
using RufaBot.Escalation.Cards;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using BotProtocol;
using RufaBot.Storage;

namespace RufaBot.Escalation.Notifications;

/// <summary>
/// Keeps every copy of a concern's card current: after each change, one outbox message per participant (their 1:1
/// copy, or the de-identified copy of each tier's channel) in the same unit of work as the change. The outbox sends a
/// copy the first time and updates the delivered activity afterwards, so nobody acts on a stale view and no copy is
/// lost. A person's copy is in their language as last seen (else the concern's); a channel's in the default language.
/// </summary>
internal sealed class CardCopies(EscalationCard cards, CardDeadlines deadlines, TierAssignment assignment)
{
    public const string Purpose = "escalation-card";

    public async Task EnqueueAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct)
    {
        var sla = deadlines.DueAt(concern);
        var assigned = concern.Assignees.Select(p => p.AadObjectId!).ToList();
        var locales = await ReachDirectory.LocalesAsync(db, concern.Participants.Where(p => !p.IsChannel).Select(p => p.AadObjectId!), ct);
        foreach (var p in concern.Participants)
        {
            // A person whose language RufaBot does not know gets the language the concern was raised in.
            var locale = p.IsChannel ? null : locales.GetValueOrDefault(p.AadObjectId!) ?? concern.Language;
            var card = p.IsChannel
                ? cards.Render(new EscalationCardInput(concern, CardViewer.Channel(p), now, sla), null, assigned)
                : await PersonalCopyAsync(concern, p, now, sla, locale, ct);
            var recipient = p.IsChannel
                ? OutboxRecipient.Conversation(p.ChannelServiceUrl!, p.ChannelConversationId!, p.ChannelTenantId)
                : OutboxRecipient.Person(p.AadObjectId!);
            // No text beside the card (Teams would post it as a bare "HR-…" bubble above it); the summary is what the
            // chat list and the notification show. It says only what the channel copy shows anyway.
            var activity = Replies.Card(card);
            activity.Summary = p.Conflicted ? null : cards.Preview(concern, locale);
            activity.Locale = locale;
            db.Enqueue(OutboxWrites.UpdateCopy(recipient, p.CopyKey(concern.Id), activity, Purpose, concern.Id, now));
        }
    }

    // A person's own copy carries their buttons directly, so it works even where automatic refresh does not (over 60
    // focal points, older clients); someone who declared a conflict keeps a copy that shows nothing any more.
    private async Task<System.Text.Json.Nodes.JsonObject> PersonalCopyAsync(Concern concern, ConcernParticipant p, DateTimeOffset now, DateTimeOffset? sla,
        string? locale, CancellationToken ct)
    {
        if (p.Conflicted)
            return cards.Render(new EscalationCardInput(concern, CardViewer.Outsider, now, sla), locale);
        var acting = p.Assigned && p.Tier == concern.Tier;
        var colleagues = acting ? await assignment.ColleaguesAsync(concern, p.Key, ct) : null;
        var viewer = new CardViewer(p.Role, acting, p.Key);
        return cards.Render(new EscalationCardInput(concern, viewer, now, sla, Colleagues: colleagues), locale, acting ? [p.AadObjectId!] : []);
    }
}
