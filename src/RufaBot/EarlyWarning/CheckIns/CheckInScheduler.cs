using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Escalation.Outbox;
using RufaBot.Hosting;
using RufaBot.Storage;

namespace RufaBot.EarlyWarning.CheckIns;

/// <summary>
/// Sends the check-ins against retaliation: at the configured days after submission and after close, a private card
/// in the reporter's own chat, for every concern whose reporter can still be reached (a reporter link with a chat) and
/// who has not turned them off. One check-in per concern per round; days already passed together count as one.
/// </summary>
internal sealed class CheckInScheduler(IDbContextFactory<RufaDbContext> contexts, CheckInCard cards, IOptionsMonitor<EarlyWarningOptions> options,
    TimeProvider time, ILogger<CheckInScheduler> logger) : PeriodicWorker(time)
{
    public const string Purpose = "retaliation-check-in";
    private const int Batch = 100;

    protected override TimeSpan Interval => options.CurrentValue.CheckIns.CheckInterval;

    protected override bool Starting() => options.CurrentValue.CheckIns.Enabled;

    protected override async Task<bool> RoundAsync(CancellationToken ct) => await RunOnceAsync(ct) >= Batch;

    protected override void RoundFailed(Exception failure) => Log.RoundFailed(logger, "check-in", failure.GetType().Name, failure);

    /// <summary>Returns how many check-ins were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue.CheckIns;
        var now = Time.GetUtcNow();
        await using var read = await contexts.CreateDbContextAsync(ct);
        // Only concerns whose reporter can be reached; the link is the reporter's, read for its chat only.
        var linked = await read.ReporterLinks.AsNoTracking().Where(l => l.Conversation != null).Select(l => l.ConcernId).ToListAsync(ct);
        var candidates = await read.Concerns.AsNoTracking().Where(c => c.PurgedAt == null && linked.Contains(c.Id))
            .Select(c => new { c.Id, c.CreatedAt, c.ClosedAt }).ToListAsync(ct);
        var states = await read.Set<CheckInState>().AsNoTracking().Where(s => linked.Contains(s.ConcernId)).ToDictionaryAsync(s => s.ConcernId, ct);
        var sent = 0;
        foreach (var c in candidates)
        {
            var state = states.GetValueOrDefault(c.Id);
            if (state?.Off == true || Due(c.CreatedAt, c.ClosedAt, state, settings, now) is not { } due)
                continue;
            if (await SendAsync(c.Id, due, now, ct))
                sent++;
            if (sent >= Batch)
                break;
        }
        if (sent > 0)
            Log.CheckInsQueued(logger, sent);
        return sent;
    }

    /// <summary>The check-in due now ("submission:30", "close:90") and the counters after it; null when none is.</summary>
    public static (string Label, int SubmissionSent, int CloseSent)? Due(DateTimeOffset createdAt, DateTimeOffset? closedAt, CheckInState? state,
        CheckInOptions settings, DateTimeOffset now)
    {
        var submission = Passed(createdAt, settings.SubmissionSchedule, state?.SubmissionSent ?? 0, now);
        var close = closedAt is { } closed ? Passed(closed, settings.CloseSchedule, state?.CloseSent ?? 0, now) : state?.CloseSent ?? 0;
        if (close > (state?.CloseSent ?? 0))
            return ($"close:{settings.CloseSchedule[close - 1]}", submission, close);
        if (submission > (state?.SubmissionSent ?? 0))
            return ($"submission:{settings.SubmissionSchedule[submission - 1]}", submission, close);
        return null;
    }

    private static int Passed(DateTimeOffset from, IReadOnlyList<int> days, int already, DateTimeOffset now)
    {
        var passed = already;
        while (passed < days.Count && now >= from.AddDays(days[passed]))
            passed++;
        return passed;
    }

    private async Task<bool> SendAsync(Guid concernId, (string Label, int SubmissionSent, int CloseSent) due, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var concern = await db.Concerns.AsNoTracking().AsSplitQuery().FirstAsync(c => c.Id == concernId, ct);
        var chat = await db.ReporterLinks.Where(l => l.ConcernId == concernId).Select(l => l.Conversation).FirstOrDefaultAsync(ct);
        if (chat is null)
            return false;
        var state = await db.Set<CheckInState>().FirstOrDefaultAsync(s => s.ConcernId == concernId, ct);
        if (state is null)
            db.Add(state = new CheckInState { ConcernId = concernId });
        (state.SubmissionSent, state.CloseSent, state.Pending, state.LastSentAt) = (due.SubmissionSent, due.CloseSent, due.Label, now);
        var activity = BotProtocol.Replies.Card(cards.Question(concern, chat.Locale));
        activity.Summary = cards.Summary(concern, chat.Locale);
        db.Enqueue(OutboxWrites.SendToConversation(chat.ServiceUrl, chat.ConversationId, chat.TenantId, activity, Purpose, null, now));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (StorageFailure.IsUniqueViolation(e))
        {
            return false;
        }
    }
}
