using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Actions;
using RufaBot.Hosting;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// Stores concerns and reads them back for reporters and focal points. Each call uses its own short-lived context, so
/// a failed call leaves nothing tracked behind and the service can be a singleton. Database outages surface as
/// <see cref="ConcernStorageUnavailableException"/>. With escalation registered (<see cref="ConcernEscalation"/>), a
/// submission is routed and its cards queued in the same transaction; without it (storage-only hosts) it is only stored.
/// </summary>
internal sealed partial class ConcernService(IDbContextFactory<RufaDbContext> contexts, ReporterKeys keys, TimeProvider time, ILogger<ConcernService> logger,
    ConcernEscalation? escalation = null)
{
    private const int Attempts = 3;

    /// <summary>
    /// Stores the concern and its reporter link in one transaction and returns the reference. Idempotent on
    /// <paramref name="draftId"/>: a retry after a timeout or failure returns the reference stored the first time.
    /// </summary>
    public Task<string> SubmitAsync(ConcernIntake intake, ReporterInfo reporter, string draftId, CancellationToken cancellationToken)
    {
        var submissionKey = keys.Submission(reporter.AadObjectId, draftId);
        return Guard(async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var stored = await db.Concerns.Where(c => c.SubmissionKey == submissionKey).Select(c => c.Reference).FirstOrDefaultAsync(cancellationToken);
                if (stored is not null)
                {
                    Log.SubmissionRepeated(logger);
                    return stored;
                }

                var now = time.GetUtcNow();
                var assessment = RiskAssessment.Of(intake, DateOnly.FromDateTime(now.UtcDateTime));
                var concern = Concern.Submit(Guid.CreateVersion7(now), ConcernReference.New(), submissionKey, intake, assessment, now);
                db.Concerns.Add(concern);
                db.ReporterLinks.Add(ReporterLink.For(concern.Id, intake, reporter, keys.Reporter(reporter.AadObjectId, concern.Id)));
                var routed = escalation is null || await escalation.RouteNewAsync(db, concern, now, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    Log.ConcernSubmitted(logger, concern.Tier, concern.Severity, concern.Consent);
                    RufaMetrics.ConcernsSubmitted.Add(1, new("severity", concern.Severity.ToString()), new("tier", concern.Tier.ToString()));
                    if (!routed)
                        await escalation!.ReportGapAsync(concern, cancellationToken);
                    return concern.Reference;
                }
                catch (DbUpdateException exception) when (StorageFailure.IsUniqueViolation(exception) && attempt < Attempts)
                {
                    // A concurrent retry stored this draft first (found on the next pass), or the reference collided.
                }
            }
        }, cancellationToken);
    }

    private async Task<T> Guard<T>(Func<Task<T>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && StorageFailure.IsUnavailable(exception))
        {
            Log.StorageUnavailable(logger, exception);
            throw new ConcernStorageUnavailableException(exception);
        }
    }
}
