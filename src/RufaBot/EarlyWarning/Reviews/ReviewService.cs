using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Sla;
using RufaBot.Storage;

namespace RufaBot.EarlyWarning.Reviews;

/// <summary>A closed concern as a reviewer may see it: the timeline, and the reporter and narrative only when the role allows.</summary>
internal sealed record ReviewRecord(Guid ConcernId, string Reference, string? CountryCode, Severity Severity, EscalationTier Tier, ConsentMode Consent,
    IReadOnlyList<ReviewStep> Steps, string? Reporter, string? Narrative);

/// <summary>
/// Reviews of closed concerns (DAP 3.5): only a configured reviewer (<see cref="ReviewOptions"/>) reads a closed
/// concern's decision timeline, and every read (card or file) is entered in the concern's trail as
/// <see cref="ConcernEventKind.Reviewed"/> with the reviewer's keyed hash, as file downloads are. Someone else is
/// refused before any concern is looked up, so they cannot learn whether a reference exists.
/// </summary>
internal sealed class ReviewService(IDbContextFactory<RufaDbContext> contexts, ReporterKeys keys, SlaDeadlines deadlines, BusinessCalendar calendar,
    IOptionsMonitor<EarlyWarningOptions> options, TimeProvider time)
{
    public enum Refusal
    {
        None,
        NotAllowed,
        NotFound,
        NotClosed,
    }

    public bool IsReviewer(string? aadObjectId) => options.CurrentValue.Review.IsReviewer(aadObjectId);

    public async Task<(ReviewRecord? Record, Refusal Refusal)> OpenAsync(string? reviewerAadObjectId, string reference, string how, CancellationToken ct)
    {
        if (!IsReviewer(reviewerAadObjectId))
            return (null, Refusal.NotAllowed);
        if (!ConcernReference.TryNormalize(reference, out var normalized))
            return (null, Refusal.NotFound);
        return await OpenAsync(reviewerAadObjectId!, c => c.Reference == normalized, how, ct);
    }

    public async Task<(ReviewRecord? Record, Refusal Refusal)> OpenAsync(string? reviewerAadObjectId, Guid concernId, string how, CancellationToken ct) =>
        IsReviewer(reviewerAadObjectId) ? await OpenAsync(reviewerAadObjectId!, c => c.Id == concernId, how, ct) : (null, Refusal.NotAllowed);

    private async Task<(ReviewRecord?, Refusal)> OpenAsync(string reviewer, System.Linq.Expressions.Expression<Func<Concern, bool>> which, string how,
        CancellationToken ct)
    {
        var settings = options.CurrentValue.Review;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var concern = await db.Concerns.Where(which).Include(c => c.Events).AsSplitQuery().FirstOrDefaultAsync(ct);
        if (concern is null)
            return (null, Refusal.NotFound);
        if (concern.Status != ConcernStatus.Closed)
            return (null, Refusal.NotClosed);
        string? reporter = null;
        if (settings.ShowsReporter && concern.Consent != ConsentMode.Anonymous
            && await db.ReporterLinks.AsNoTracking().FirstOrDefaultAsync(l => l.ConcernId == concern.Id, ct) is { } link)
            reporter = link.Reveal().DisplayName;
        var steps = ReviewTimeline.Build(concern, deadlines, calendar, settings.ShowsNarrative);
        concern.RecordReview(new ConcernActor(ConcernRole.Auditor, keys.Actor(reviewer)), reporter is null ? how : how + ", reporter shown", time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (new ReviewRecord(concern.Id, concern.Reference, concern.CountryCode, concern.Severity, concern.Tier, concern.Consent, steps, reporter,
            settings.ShowsNarrative && concern.PurgedAt is null ? concern.Description : null), Refusal.None);
    }
}
