using Microsoft.EntityFrameworkCore;
using RufaBot.Concerns.Reporters;
using RufaBot.Concerns.Views;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// The focal points' side. Every read writes a trail entry before anything is returned: no audit, no data.
/// </summary>
internal sealed partial class ConcernService
{
    /// <summary>The concern without any identity of the reporter; the read is audited. Null when there is no such concern.</summary>
    public Task<FocalPointView?> GetForFocalPointAsync(Guid concernId, FocalPointViewer viewer, CancellationToken cancellationToken)
    {
        var actor = ActorOf(viewer);
        return Guard(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var concern = await db.Concerns.Include(c => c.Events.OrderBy(e => e.Id)).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == concernId, cancellationToken);
            if (concern is null)
                return null;
            concern.RecordView(actor, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            Log.ConcernViewed(logger, concernId, viewer.Role);
            return FocalPointView.Of(concern);
        }, cancellationToken);
    }

    /// <summary>
    /// The reporter's identity for a viewer the consent allows (<see cref="IdentityAccess"/>), recorded in the trail
    /// before it is returned. Null, with a refusal recorded, for anyone else and for anonymous concerns.
    /// </summary>
    public Task<RevealedReporter?> RevealReporterAsync(Guid concernId, FocalPointViewer viewer, CancellationToken cancellationToken)
    {
        var actor = ActorOf(viewer);
        return Guard(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var concern = await db.Concerns.FirstOrDefaultAsync(c => c.Id == concernId, cancellationToken);
            if (concern is null)
                return null;
            var allowed = IdentityAccess.MaySee(concern.Consent, viewer.Role);
            var link = allowed ? await db.ReporterLinks.AsNoTracking().FirstOrDefaultAsync(l => l.ConcernId == concernId, cancellationToken) : null;
            concern.RecordIdentityRequest(actor, revealed: link is not null, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            if (link is null)
            {
                Log.IdentityWithheld(logger, concernId, viewer.Role, concern.Consent);
                return null;
            }
            Log.IdentityRevealed(logger, concernId, viewer.Role);
            return link.Reveal();
        }, cancellationToken);
    }

    /// <summary>
    /// Where to send the reporter status updates, for RufaBot's own notifications only: never show it to a person.
    /// </summary>
    public Task<ReporterConversation?> GetReporterConversationAsync(Guid concernId, CancellationToken cancellationToken) =>
        Guard(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.ReporterLinks.Where(l => l.ConcernId == concernId).Select(l => l.Conversation).FirstOrDefaultAsync(cancellationToken);
        }, cancellationToken);

    private ConcernActor ActorOf(FocalPointViewer viewer) => viewer.Role is ConcernRole.Reporter or ConcernRole.System or ConcernRole.Auditor
        ? throw new ArgumentException($"A {viewer.Role} does not read case content as a focal point.", nameof(viewer))
        : new ConcernActor(viewer.Role, keys.Actor(viewer.AadObjectId));
}
