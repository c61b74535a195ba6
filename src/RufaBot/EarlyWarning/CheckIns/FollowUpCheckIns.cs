using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Dialogs;
using RufaBot.Escalation.Outbox;
using RufaBot.Storage;

namespace RufaBot.EarlyWarning.CheckIns;

/// <summary>
/// Check-ins for reporters RufaBot cannot write to: an unlinked concern (the web door, or a cut link) is followed up
/// with its reference and passphrase, so the question waits on the follow-up page and is asked there once due, on the
/// same schedule as in Teams (<see cref="CheckInScheduler.Due"/>). The same answers and consequences as
/// <see cref="CheckInCommand"/>: a consented yes tells the ethics channel the reference only (there is no name to
/// give), every answer is recorded in the trail as a word, "off" stops them. The caller has checked the passphrase:
/// these methods are never reached with a reference alone.
/// </summary>
internal sealed class FollowUpCheckIns(IDbContextFactory<RufaDbContext> contexts, IOptionsMonitor<EarlyWarningOptions> options, FlowCatalog catalog,
    TimeProvider time)
{
    public enum Outcome
    {
        /// <summary>No check-in is due (answered meanwhile, turned off, or not yet): nothing was recorded.</summary>
        NotDue,

        /// <summary>A yes: the consent question comes next; nothing is recorded until it is answered.</summary>
        AskConsent,

        Recorded,
    }

    public async Task<bool> IsDueAsync(string reference, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var concern = await Unlinked(db, reference).AsNoTracking().Select(c => new { c.Id, c.CreatedAt, c.ClosedAt }).FirstOrDefaultAsync(ct);
        if (concern is null)
            return false;
        var state = await db.Set<CheckInState>().AsNoTracking().FirstOrDefaultAsync(s => s.ConcernId == concern.Id, ct);
        return Due(concern.CreatedAt, concern.ClosedAt, state) is not null;
    }

    /// <summary>Takes the answer (<see cref="CheckInCard.Yes"/> … <see cref="CheckInCard.NoConsent"/>) to the check-in due now.</summary>
    public async Task<Outcome> AnswerAsync(string reference, string answer, CancellationToken ct)
    {
        if (answer is not (CheckInCard.Yes or CheckInCard.No or CheckInCard.Off or CheckInCard.Consent or CheckInCard.NoConsent))
            return Outcome.NotDue;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var concern = await Unlinked(db, reference).Include(c => c.Events).AsSplitQuery().FirstOrDefaultAsync(ct);
        if (concern is null)
            return Outcome.NotDue;
        var state = await db.Set<CheckInState>().FirstOrDefaultAsync(s => s.ConcernId == concern.Id, ct);
        if (Due(concern.CreatedAt, concern.ClosedAt, state) is not { } due)
            return Outcome.NotDue;
        if (answer == CheckInCard.Yes)
            return Outcome.AskConsent;
        if (state is null)
            db.Add(state = new CheckInState { ConcernId = concern.Id });
        var now = time.GetUtcNow();
        // Asked and answered at once: the round counts as sent now, so the page asks again only at the next due day.
        (state.SubmissionSent, state.CloseSent, state.Pending, state.LastSentAt) = (due.SubmissionSent, due.CloseSent, null, now);
        concern.RecordCheckIn(state.Answer(answer, () => TellEthics(db, concern, now)), now);
        try
        {
            await db.SaveChangesAsync(ct);
            return Outcome.Recorded;
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || StorageFailure.IsUniqueViolation(e))
        {
            // The same check-in answered at the same moment from another page: that answer stands.
            return Outcome.NotDue;
        }
    }

    private (string Label, int SubmissionSent, int CloseSent)? Due(DateTimeOffset createdAt, DateTimeOffset? closedAt, CheckInState? state)
    {
        var settings = options.CurrentValue.CheckIns;
        return !settings.Enabled || state?.Off == true ? null : CheckInScheduler.Due(createdAt, closedAt, state, settings, time.GetUtcNow());
    }

    private static IQueryable<Concern> Unlinked(RufaDbContext db, string reference) =>
        db.Concerns.Where(c => c.Reference == reference && c.FollowUpSecret != null && c.PurgedAt == null);

    // The reference only: the reporter is anonymous to RufaBot too. Never anyone who holds the concern.
    private int TellEthics(RufaDbContext db, Concern concern, DateTimeOffset now)
    {
        var holders = concern.Participants.Where(p => p.AadObjectId is not null).Select(p => p.AadObjectId!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ethics = options.CurrentValue.CheckIns.EthicsAadObjectIds.Where(id => !holders.Contains(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var text = catalog.Text("ew.checkin.ethicsUnnamed", null).Replace("{reference}", concern.Reference, StringComparison.Ordinal);
        foreach (var person in ethics)
            db.Enqueue(OutboxWrites.SendText(OutboxRecipient.Person(person), text, CheckInCommand.EthicsPurpose, null, now));
        return ethics.Count;
    }
}
