using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Files;
using RufaBot.Concerns.Intake;
using RufaBot.Concerns.Reporters;
using RufaBot.Concerns.Views;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// Cutting a reporter's link ("forget me"), and following an unlinked concern up with its reference and passphrase.
/// A cut deletes the link row (the only place the reporter's hash, name and chat address are kept), replaces the
/// draft key, and removes the messages queued or sent to the reporter's chat about the concern, all in one transaction.
/// </summary>
internal sealed partial class ConcernService
{
    public enum LinkCutOutcome
    {
        Cut,
        NotFound,

        /// <summary>A named report: the focal points were told who reported it, so a cut could not make that untrue.</summary>
        Named,
    }

    /// <summary>The outcome, and after a cut the passphrase the reporter can follow the concern up with.</summary>
    public sealed record LinkCut(LinkCutOutcome Outcome, string? Passphrase = null);

    /// <summary>Cuts the link between the reporter and one of their anonymous or confidential concerns, at their request.</summary>
    public Task<LinkCut> CutLinkAsync(string reference, string reporterId, CancellationToken cancellationToken)
    {
        var matcher = keys.ForReporter(reporterId);
        return Guard(async () =>
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var concern = await FindForReporter(db, reference, matcher, cancellationToken);
                if (concern is null)
                    return new LinkCut(LinkCutOutcome.NotFound);
                if (concern.Consent == ConsentMode.Named)
                    return new LinkCut(LinkCutOutcome.Named);
                var link = await db.ReporterLinks.SingleAsync(l => l.ConcernId == concern.Id, cancellationToken);
                var passphrase = FollowUpPassphrase.New();
                var now = time.GetUtcNow();
                await CutAsync(db, concern, link, ReporterKeys.Severed(), keys.PassphraseHash(passphrase), Concern.LinkCutReasons.ByReporter, now, cancellationToken);
                await changes.ChangingAsync(db, concern, now, cancellationToken);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    Log.ReporterLinkCut(logger, Concern.LinkCutReasons.ByReporter);
                    return new LinkCut(LinkCutOutcome.Cut, passphrase);
                }
                catch (DbUpdateConcurrencyException) when (attempt < Attempts)
                {
                    Log.ConcurrentChange(logger, attempt);
                }
            }
        }, cancellationToken);
    }

    /// <summary>
    /// An unlinked concern as its reporter sees it, after they gave its reference and passphrase; with
    /// <paramref name="addition"/>, that text is added first, and <paramref name="files"/> (only what <see cref="FileCheck"/>
    /// accepted) are stored encrypted beside it, or none when they would pass <paramref name="maxFiles"/>
    /// (<see cref="ConcernFileLimitException"/>). Null when the reference is unknown, not unlinked, or the
    /// passphrase does not match: the three look the same to the asker. Nothing about who asked is stored.
    /// </summary>
    public Task<ReporterConcernView?> FollowUpAsync(string reference, string passphrase, string? addition, CancellationToken cancellationToken,
        IReadOnlyList<CheckedFile>? files = null, int maxFiles = int.MaxValue) =>
        Guard(async () =>
        {
            if (!ConcernReference.TryNormalize(reference, out var normalized) || !FollowUpPassphrase.LooksLikeOne(passphrase))
                return null;
            // The passphrase is checked on every attempt: only a matching one ever loads the concern for a change.
            async Task<Concern?> Find(RufaDbContext db)
            {
                var concern = await db.Concerns.Where(c => c.Reference == normalized && c.FollowUpSecret != null)
                    .Include(c => c.Events.OrderBy(e => e.Id)).AsSplitQuery()
                    .FirstOrDefaultAsync(cancellationToken);
                if (FollowUpPassphrase.Matches(passphrase, concern?.FollowUpSecret ?? keys.DecoyPassphraseHash) && concern is not null)
                    return concern;
                Log.FollowUpRefused(logger);
                return null;
            }
            if (!string.IsNullOrWhiteSpace(addition) || files is { Count: > 0 })
                return await AddToAsync(Find, string.IsNullOrWhiteSpace(addition) ? null : addition, cancellationToken, files, maxFiles);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await Find(db) is { } found ? ReporterConcernView.Of(found) : null;
        }, cancellationToken);

    /// <summary>
    /// Cuts the link of an anonymous concern closed before <paramref name="closedBefore"/>, unless it was cut already.
    /// True when this call cut it.
    /// </summary>
    public Task<bool> CutExpiredLinkAsync(Guid concernId, DateTimeOffset closedBefore, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == concernId && c.Consent == ConsentMode.Anonymous
                && c.Status == ConcernStatus.Closed && c.ClosedAt != null && c.ClosedAt < closedBefore, cancellationToken);
            var link = concern is null ? null : await db.ReporterLinks.SingleOrDefaultAsync(l => l.ConcernId == concernId, cancellationToken);
            if (concern is null || link is null)
                return false;
            await CutAsync(db, concern, link, ReporterKeys.Severed(), null, Concern.LinkCutReasons.AfterClose, time.GetUtcNow(), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                Log.ReporterLinkCut(logger, Concern.LinkCutReasons.AfterClose);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Changed meanwhile (another instance cut it, or a focal point reopened nothing: closed is final); next round.
                return false;
            }
        }, cancellationToken);

    // The messages to the reporter's chat go with the link: a copy of one would still name their chat beside the reference.
    private async Task CutAsync(RufaDbContext db, Concern concern, ReporterLink link, string submissionKey, string? followUpSecret, string reason,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (link.Conversation is { } chat)
            await changes.CuttingLinkAsync(db, chat, concern.Reference, cancellationToken);
        db.ReporterLinks.Remove(link);
        concern.CutReporterLink(submissionKey, followUpSecret, reason, now);
    }
}
