using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Hosting;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// Stores concerns and reads them back for reporters and focal points. Each call uses its own short-lived context, so
/// a failed call leaves nothing tracked behind and the service can be a singleton. Database outages surface as
/// <see cref="ConcernStorageUnavailableException"/>. What a change sets off beyond the concern (routing, card updates)
/// is done by <see cref="IConcernChanges"/> in the same transaction; a storage-only host registers none of it.
/// </summary>
internal sealed partial class ConcernService(IDbContextFactory<RufaDbContext> contexts, ReporterKeys keys, TimeProvider time, ILogger<ConcernService> logger,
    IConcernChanges changes, IEnumerable<IConcernIntakeHook> intakeHooks)
{
    private readonly IConcernIntakeHook[] _intakeHooks = [.. intakeHooks];

    private const int Attempts = 3;

    /// <summary>
    /// What a submission stored: the reference, whether anyone was assigned to it (a route existed), and for an
    /// unlinked report the passphrase to show the reporter (the same on a retry of the same draft).
    /// </summary>
    public sealed record Submitted(string Reference, bool Routed, string? Passphrase = null);

    /// <summary>
    /// Stores the concern and its reporter link in one transaction and returns the reference. Idempotent on
    /// <paramref name="draftId"/>: a retry after a timeout or failure returns the reference stored the first time.
    /// </summary>
    public async Task<string> SubmitAsync(ConcernIntake intake, ReporterInfo reporter, string draftId, CancellationToken cancellationToken) =>
        (await StoreAsync(intake, reporter, draftId, emergency: false, cancellationToken)).Reference;

    /// <summary>
    /// The finished intake: a new concern, or the details of the one this draft raised as an emergency. Idempotent on
    /// <paramref name="draftId"/>. An unlinked report stores no reporter link (and cuts the one an emergency made).
    /// </summary>
    public Task<Submitted> CompleteIntakeAsync(ConcernIntake intake, ReporterInfo reporter, string draftId, CancellationToken cancellationToken) =>
        StoreAsync(intake, reporter, draftId, emergency: false, cancellationToken);

    /// <summary>
    /// The reporter has just said someone is in immediate danger: the concern is stored and routed now with the
    /// answers given so far (the emergency tier's focal points get its card at once), and the rest of the intake is
    /// added to it later by <see cref="CompleteIntakeAsync"/> with the same draft. Until then the concern keeps an
    /// anonymous reporter link, so that the focal points can reach the reporter. Idempotent on <paramref name="draftId"/>.
    /// </summary>
    public Task<Submitted> RaiseEmergencyAsync(ConcernIntake firstAnswers, ReporterInfo reporter, string draftId, CancellationToken cancellationToken) =>
        StoreAsync(firstAnswers with { Consent = ConsentMode.Anonymous }, reporter, draftId, emergency: true, cancellationToken);

    private Task<Submitted> StoreAsync(ConcernIntake intake, ReporterInfo reporter, string draftId, bool emergency, CancellationToken cancellationToken)
    {
        var linkedKey = keys.Submission(reporter.AadObjectId, draftId);
        var unlinkedKey = keys.UnlinkedSubmission(draftId);
        var unlinked = intake.Consent == ConsentMode.Unlinked;
        return Guard(async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var now = time.GetUtcNow();
                var assessment = RiskAssessment.Of(intake, DateOnly.FromDateTime(now.UtcDateTime));
                var stored = await db.Concerns.Include(c => c.Events).AsSplitQuery()
                    .FirstOrDefaultAsync(c => c.SubmissionKey == linkedKey || c.SubmissionKey == unlinkedKey, cancellationToken);
                if (stored is not null && (emergency || !stored.AwaitingDetails))
                {
                    Log.SubmissionRepeated(logger);
                    return new Submitted(stored.Reference, stored.Participants.Count > 0,
                        stored.SubmissionKey == unlinkedKey ? keys.Passphrase(draftId) : null);
                }
                if (stored is not null)
                {
                    stored.CompleteDetails(intake, assessment, now);
                    var link = await db.ReporterLinks.SingleAsync(l => l.ConcernId == stored.Id, cancellationToken);
                    if (unlinked)
                        await CutAsync(db, stored, link, unlinkedKey, keys.PassphraseHash(keys.Passphrase(draftId)), Concern.LinkCutReasons.ChosenAtSubmission, now, cancellationToken);
                    else
                        link.Complete(intake, reporter);
                    await changes.ChangingAsync(db, stored, now, cancellationToken);
                    await IntakeStoredAsync(db, stored, now, cancellationToken);
                    try
                    {
                        await db.SaveChangesAsync(cancellationToken);
                        Log.DetailsCompleted(logger, stored.Severity, stored.Consent);
                        return new Submitted(stored.Reference, stored.Participants.Count > 0, unlinked ? keys.Passphrase(draftId) : null);
                    }
                    catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                    {
                        // A focal point acted on the emergency meanwhile: complete the fresh copy.
                        Log.ConcurrentChange(logger, attempt);
                        continue;
                    }
                }

                var id = Guid.CreateVersion7(now);
                var concern = emergency
                    ? Concern.RaiseEmergency(id, ConcernReference.New(), linkedKey, intake, assessment, now)
                    : Concern.Submit(id, ConcernReference.New(), unlinked ? unlinkedKey : linkedKey, intake, assessment, now);
                db.Concerns.Add(concern);
                if (unlinked)
                    concern.KeepFollowUpSecret(keys.PassphraseHash(keys.Passphrase(draftId)));
                else
                    db.ReporterLinks.Add(ReporterLink.For(concern.Id, intake, reporter, keys.Reporter(reporter.AadObjectId, concern.Id)));
                await changes.SubmittingAsync(db, concern, now, cancellationToken);
                await IntakeStoredAsync(db, concern, now, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    Log.ConcernSubmitted(logger, concern.Tier, concern.Severity, concern.Consent);
                    RufaMetrics.ConcernsSubmitted.Add(1, new("severity", concern.Severity.ToString()), new("tier", concern.Tier.ToString()));
                    return new Submitted(concern.Reference, concern.Participants.Count > 0, unlinked ? keys.Passphrase(draftId) : null);
                }
                catch (DbUpdateException exception) when (StorageFailure.IsUniqueViolation(exception) && attempt < Attempts)
                {
                    // A concurrent retry stored this draft first (found on the next pass), or the reference collided.
                }
            }
        }, cancellationToken);
    }

    private async Task IntakeStoredAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var hook in _intakeHooks)
            await hook.IntakeStoredAsync(db, concern, now, ct);
    }

    private Task<T> Guard<T>(Func<Task<T>> action, CancellationToken cancellationToken) => ConcernStorage.GuardAsync(logger, action, cancellationToken);
}
