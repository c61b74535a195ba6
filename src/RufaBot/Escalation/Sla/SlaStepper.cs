using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Escalation.Routing;
using RufaBot.Storage;

namespace RufaBot.Escalation.Sla;

/// <summary>
/// Takes one step of a due timer in one unit of work: the audit-trail event, the outbox messages and the timer's new
/// state are saved together, so a crash either did the step entirely or not at all. It decides what to say to whom
/// (<see cref="SlaNotice"/>); the outbox turns each notice into the message Teams gets.
/// </summary>
internal sealed class SlaStepper(IDbContextFactory<RufaDbContext> contexts, SlaDeadlines deadlines, IEscalationRouter router, SlaSummary summary,
    IOptionsMonitor<SlaOptions> options, TimeProvider time, ILogger<SlaStepper> logger)
{
    public const string Purpose = "sla-reminder";

    public async Task StepAsync(Guid concernId, string owner, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var timer = await db.SlaTimers.FirstOrDefaultAsync(t => t.ConcernId == concernId && t.LeaseOwner == owner, ct);
        var concern = await db.Concerns.Include(c => c.Events).AsSingleQuery().FirstOrDefaultAsync(c => c.Id == concernId, ct);
        if (timer is null || concern is null)
            return;
        var now = time.GetUtcNow();
        (timer.LeaseOwner, timer.LeaseUntil) = (null, null);
        var deadline = deadlines.Evaluate(concern);
        var settings = options.CurrentValue;
        var plan = Plan(settings);
        // The concern moved on since the timer was armed: the next round re-arms it for its new stage.
        if (deadline is null || concern.Tier != timer.Tier || concern.Status != timer.Status || timer.Steps >= plan.Count)
        {
            timer.NextStepAt = null;
            await db.SaveChangesAsync(ct);
            return;
        }

        var step = plan[timer.Steps];
        var recipients = await RecipientsAsync(step, concern, ct);
        var notices = Notices(step, concern, deadline, recipients, await ReachDirectory.LocalesAsync(db, recipients.People, ct), now);
        foreach (var notice in notices)
            db.Enqueue(OutboxWrites.SendText(notice.Recipient, notice.Text, Purpose, concern.Id, now, notice.Locale));
        var reached = notices.Count;
        concern.RecordSlaStep(EventKind(step), $"{deadline.Milestone} due {deadline.DueAt:u}, {SlaSummary.Overdue(now - deadline.DueAt)} late: {step} to {reached} recipient(s) ({recipients.Route ?? "no route"})", now);

        if (timer.Steps == 0)
            EscalationTelemetry.SlaBreaches.Add(1, new KeyValuePair<string, object?>("tier", concern.Tier.ToString()),
                new KeyValuePair<string, object?>("milestone", deadline.Milestone.ToString()));
        timer.Steps++;
        timer.NextStepAt = timer.Steps < plan.Count ? now + settings.StepInterval : null;
        await db.SaveChangesAsync(ct);
        Log.StepTaken(logger, concern.Id, concern.Tier, deadline.Milestone, step, reached);
    }

    /// <summary>What the step says to whom: each person in their language (else the concern's), a channel in the default one.</summary>
    private List<SlaNotice> Notices(SlaStep step, Concern concern, SlaDeadline deadline, SlaRecipients recipients,
        IReadOnlyDictionary<string, string> locales, DateTimeOffset now)
    {
        var text = summary.Text(step, concern, deadline, now);
        // A person whose language RufaBot does not know is reminded in the language the concern was raised in.
        var notices = recipients.People.Select(person => (locales.GetValueOrDefault(person) ?? concern.Language) is { } locale
            ? new SlaNotice(OutboxRecipient.Person(person), summary.Text(step, concern, deadline, now, locale), locale)
            : new SlaNotice(OutboxRecipient.Person(person), text)).ToList();
        if (recipients.Channel is { } channel)
            notices.Add(new SlaNotice(OutboxRecipient.Conversation(channel.ServiceUrl, channel.ConversationId, channel.TenantId), text));
        return notices;
    }

    /// <summary>The steps of a missed deadline: the reminders, the backup, the next tier; at most <see cref="SlaOptions.MaxAlerts"/>.</summary>
    public static IReadOnlyList<SlaStep> Plan(SlaOptions settings) =>
        [.. Enumerable.Repeat(SlaStep.Remind, settings.Reminders).Append(SlaStep.AlertBackup).Append(SlaStep.AlertNextTier).Take(settings.MaxAlerts)];

    private async Task<SlaRecipients> RecipientsAsync(SlaStep step, Concern concern, CancellationToken ct)
    {
        var keys = new RoutingKeys(concern.CountryCode, concern.Entity);
        var excluded = concern.Excluded;
        switch (step)
        {
            case SlaStep.Remind:
                var assigned = concern.Assignees.Where(p => p.AadObjectId is not null).Select(p => p.AadObjectId!).ToList();
                if (assigned.Count > 0)
                    return new SlaRecipients(assigned, null, concern.RoutingKey);
                var route = await router.ResolveAsync(keys, concern.Tier, excluded, ct);
                return new SlaRecipients([.. route?.FocalPoints.Select(p => p.AadObjectId) ?? []], null, route?.RoutingKey);
            case SlaStep.AlertBackup:
                // When the backup already holds the concern (the focal points were implicated), the reminders reached them.
                var current = await router.ResolveAsync(keys, concern.Tier, excluded, ct);
                var holders = concern.Assignees.Select(p => p.AadObjectId).ToHashSet(StringComparer.OrdinalIgnoreCase);
                return new SlaRecipients(current?.Backup is { } backup && !holders.Contains(backup.AadObjectId) ? [backup.AadObjectId] : [], null, current?.RoutingKey);
            default:
                if (concern.Tier == EscalationTier.B4)
                    return new SlaRecipients([], null, null);
                var next = await router.ResolveAsync(keys, concern.Tier + 1, excluded, ct);
                return new SlaRecipients([.. next?.FocalPoints.Select(p => p.AadObjectId) ?? []], next?.Channel, next?.RoutingKey);
        }
    }

    private static ConcernEventKind EventKind(SlaStep step) => step switch
    {
        SlaStep.Remind => ConcernEventKind.SlaReminderSent,
        SlaStep.AlertBackup => ConcernEventKind.SlaBackupAlerted,
        _ => ConcernEventKind.SlaNextTierAlerted,
    };

    private sealed record SlaRecipients(IReadOnlyList<string> People, ChannelTarget? Channel, string? Route);

    /// <summary>One alert decided: who gets it and what it says; the outbox makes the message.</summary>
    private sealed record SlaNotice(OutboxRecipient Recipient, string Text, string? Locale = null);
}
