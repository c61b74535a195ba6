using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Storage;
using BotProtocol;

namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// Compares a newly stored concern with the open and recent concerns of its country (<see cref="RelationScorer"/>),
/// stores each link at or above the threshold with its score, and queues a "possibly related" card for every focal
/// point who holds both concerns (and so is entitled to see both). Nobody else learns that the other concern exists.
/// The submission only queues the comparison (<see cref="RelationCheck"/>, in its own transaction); reading and
/// decrypting up to <see cref="RelationOptions.MaxCandidates"/> concerns happens afterwards in
/// <see cref="RelationWorker"/>, outside anyone's turn and, on SQLite, without holding the one writer. Anonymous and
/// unlinked concerns are never linked: a stored link to a similar named concern would tell a copy of the database who
/// most likely raised them. They still count in patterns.
/// </summary>
internal sealed class RelatedConcerns(IDbContextFactory<RufaDbContext> contexts, IOptionsMonitor<EarlyWarningOptions> options, RelationCard cards,
    StorageLocation location, TimeProvider time) : IConcernIntakeHook
{
    public const string Purpose = "related-concern";

    public async Task IntakeStoredAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct)
    {
        if (concern.CountryCode is null || Unlinkable(concern))
            return;
        var checks = db.Set<RelationCheck>();
        if (checks.Local.Any(c => c.ConcernId == concern.Id) || await checks.AnyAsync(c => c.ConcernId == concern.Id, ct))
            return;
        // The worker is woken once this commits (RelationCommitInterceptor).
        checks.Add(new RelationCheck { ConcernId = concern.Id, DueAt = now });
    }

    /// <summary>
    /// Works one queued check. The comparison reads outside any transaction; the links, their cards and the removal of
    /// the check are then one short transaction, which stores nothing if another instance removed the check first.
    /// Checks of one country take turns there (SQLite's one writer; a transaction-scoped advisory lock per country on
    /// PostgreSQL), and each drops the pairs linked meanwhile, so two instances checking two similar concerns at once
    /// link the pair once, not once in each direction.
    /// </summary>
    public async Task CheckAsync(Guid concernId, CancellationToken ct)
    {
        var settings = options.CurrentValue.Relations;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var concern = await db.Concerns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == concernId && c.PurgedAt == null, ct);
        IReadOnlyList<(Concern Other, double Score)> matches =
            concern is { CountryCode: not null } && !Unlinkable(concern) ? await MatchesAsync(db, concern, settings, now, ct) : [];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.Set<RelationCheck>().Where(c => c.ConcernId == concernId).ExecuteDeleteAsync(ct) == 0)
            return;
        if (matches.Count > 0)
        {
            if (location.Provider == StorageProvider.PostgreSQL)
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CountryLock(concern!.CountryCode!)})", ct);
            var linked = await KnownAsync(db, concernId, [.. matches.Select(m => m.Other.Id)], ct);
            matches = [.. matches.Where(m => !linked.Contains(m.Other.Id))];
        }
        var links = matches.Select(m => (Relation: new ConcernRelation
        {
            ConcernId = concernId, RelatedConcernId = m.Other.Id, Score = m.Score, State = RelationState.Suggested, CreatedAt = now,
        }, m.Other)).ToList();
        foreach (var (relation, _) in links)
            db.Add(relation);
        if (links.Count > 0)
            await EnqueueCardsAsync(db, concern!, links, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    // Newest first by id (version 7 ids grow with time); the status and age are checked in memory. Only what is scored
    // is read, untracked: materialising 200 whole concerns with their participants cost more than the comparison
    // itself. The few matches are then read whole, for their holders.
    private static async Task<IReadOnlyList<(Concern Other, double Score)>> MatchesAsync(RufaDbContext db, Concern concern, RelationOptions settings,
        DateTimeOffset now, CancellationToken ct)
    {
        var recent = now.AddDays(-settings.RecentDays);
        var candidates = (await db.Concerns.AsNoTracking()
                .Where(c => c.Id != concern.Id && c.CountryCode == concern.CountryCode && c.PurgedAt == null)
                .OrderByDescending(c => c.Id).Take(settings.MaxCandidates)
                .Select(c => new { c.Id, c.Status, c.UpdatedAt, c.Consent, c.CountryCode, c.When, c.Categories, c.RiskFactors, c.Description })
                .ToListAsync(ct))
            .Where(c => (c.Status != ConcernStatus.Closed || c.UpdatedAt >= recent) && !Unlinkable(c.Consent))
            .Select(c => new RelationProfile(c.Id, c.CountryCode, c.When, c.Categories, c.RiskFactors, c.Description))
            .ToList();
        if (candidates.Count == 0)
            return [];
        var known = await KnownAsync(db, concern.Id, [.. candidates.Select(c => c.Id)], ct);
        var profile = RelationProfile.Of(concern);
        var best = candidates.Where(c => !known.Contains(c.Id))
            .Select(other => (other.Id, Score: Math.Round(RelationScorer.Score(profile, other, settings.DateWindowDays), 3)))
            .Where(m => m.Score >= settings.Threshold)
            .OrderByDescending(m => m.Score).ThenByDescending(m => m.Id).Take(settings.MaxLinks).ToList();
        if (best.Count == 0)
            return [];
        var bestIds = best.Select(m => m.Id).ToList();
        var others = await db.Concerns.AsNoTracking().AsSplitQuery().Where(c => bestIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return [.. best.Where(m => others.ContainsKey(m.Id)).Select(m => (others[m.Id], m.Score))];
    }

    // Either direction: a concern checked later than a newer one may meet it among its candidates.
    private static async Task<HashSet<Guid>> KnownAsync(RufaDbContext db, Guid concernId, List<Guid> ids, CancellationToken ct) =>
        [.. await db.Set<ConcernRelation>()
            .Where(r => (r.ConcernId == concernId && ids.Contains(r.RelatedConcernId)) || (r.RelatedConcernId == concernId && ids.Contains(r.ConcernId)))
            .Select(r => r.ConcernId == concernId ? r.RelatedConcernId : r.ConcernId).ToListAsync(ct)];

    private static long CountryLock(string countryCode) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("relations:" + countryCode.ToUpperInvariant())));

    /// <summary>A check that failed waits a while, so the checks queued behind it go first.</summary>
    public async Task PostponeAsync(Guid concernId, TimeSpan delay, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var due = time.GetUtcNow() + delay;
        await db.Set<RelationCheck>().Where(c => c.ConcernId == concernId).ExecuteUpdateAsync(s => s.SetProperty(c => c.DueAt, due), ct);
    }

    private static bool Unlinkable(Concern c) => Unlinkable(c.Consent);

    private static bool Unlinkable(Concerns.Intake.ConsentMode consent) => consent is Concerns.Intake.ConsentMode.Anonymous or Concerns.Intake.ConsentMode.Unlinked;

    /// <summary>
    /// The concern's relation card, one copy per focal point holding it and at least one linked concern, listing the
    /// links that person may see; sent the first time, updated in place afterwards.
    /// </summary>
    public async Task EnqueueCardsAsync(RufaDbContext db, Concern concern, IReadOnlyList<(ConcernRelation Relation, Concern Other)> links,
        DateTimeOffset now, CancellationToken ct)
    {
        var holders = links.SelectMany(l => EntitledHolders(concern, l.Other)).DistinctBy(h => h.Key).ToList();
        var locales = await ReachDirectory.LocalesAsync(db, holders.Select(h => h.AadObjectId!), ct);
        foreach (var holder in holders)
        {
            var locale = locales.GetValueOrDefault(holder.AadObjectId!);
            var visible = VisibleTo(concern, links, holder.Key);
            var activity = Replies.Card(cards.Render(concern, visible, locale));
            activity.Summary = cards.Preview(concern, visible, locale);
            db.Enqueue(OutboxWrites.UpdateCopy(OutboxRecipient.Person(holder.AadObjectId!), ConcernRelation.CopyKey(concern.Id, holder.Key), activity,
                Purpose, concern.Id, now));
        }
    }

    /// <summary>Every link the concern's own comparison found, with the other concern of each.</summary>
    public static async Task<IReadOnlyList<(ConcernRelation Relation, Concern Other)>> LinksOfAsync(RufaDbContext db, Concern concern, CancellationToken ct)
    {
        var relations = await db.Set<ConcernRelation>().Where(r => r.ConcernId == concern.Id).ToListAsync(ct);
        var ids = relations.Select(r => r.RelatedConcernId).ToList();
        var others = await db.Concerns.AsNoTracking().AsSplitQuery().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return [.. relations.Where(r => others.ContainsKey(r.RelatedConcernId)).OrderByDescending(r => r.Score).Select(r => (r, others[r.RelatedConcernId]))];
    }

    /// <summary>The links a participant may see: those whose two concerns they both hold.</summary>
    public static IReadOnlyList<(ConcernRelation Relation, Concern Other)> VisibleTo(Concern concern, IReadOnlyList<(ConcernRelation Relation, Concern Other)> links,
        string participantKey) => [.. links.Where(l => IsEntitled(concern, l.Other, participantKey))];

    /// <summary>The people (not channels, not anyone who declared a conflict) who hold a copy of both concerns.</summary>
    public static IReadOnlyList<ConcernParticipant> EntitledHolders(Concern a, Concern b) =>
        [.. a.Participants.Where(p => !p.IsChannel && !p.Conflicted && b.Participant(p.Key) is { Conflicted: false, IsChannel: false })];

    public static bool IsEntitled(Concern a, Concern b, string actorKey) => EntitledHolders(a, b).Any(p => p.Key == actorKey);
}
