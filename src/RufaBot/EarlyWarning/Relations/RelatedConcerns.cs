using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Storage;
using BotProtocol;

namespace RufaBot.EarlyWarning.Relations;

/// <summary>
/// At submission, inside its transaction: compares the new concern with the open and recent concerns of its country
/// (<see cref="RelationScorer"/>), stores each link at or above the threshold with its score, and queues a
/// "possibly related" card for every focal point who holds both concerns (and so is entitled to see both). Nobody
/// else learns that the other concern exists. Anonymous and unlinked concerns are never linked: a stored link to a
/// similar named concern would tell a copy of the database who most likely raised them. They still count in patterns.
/// </summary>
internal sealed class RelatedConcerns(IOptionsMonitor<EarlyWarningOptions> options, RelationCard cards) : IConcernIntakeHook
{
    public const string Purpose = "related-concern";

    public async Task IntakeStoredAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.CurrentValue.Relations;
        if (concern.CountryCode is null || Unlinkable(concern))
            return;
        var recent = now.AddDays(-settings.RecentDays);
        // Newest first by id (version 7 ids grow with time); the status and age are checked in memory. Read without
        // tracking: the submission's SaveChanges would otherwise compare every candidate, with its participants and
        // decisions, and that cost more than the comparison itself (the load driver's closed loop: 4× fewer turns).
        var candidates = (await db.Concerns.AsNoTracking().AsSplitQuery()
                .Where(c => c.Id != concern.Id && c.CountryCode == concern.CountryCode && c.PurgedAt == null)
                .OrderByDescending(c => c.Id).Take(settings.MaxCandidates).ToListAsync(ct))
            .Where(c => (c.Status != ConcernStatus.Closed || c.UpdatedAt >= recent) && !Unlinkable(c))
            .ToList();
        if (candidates.Count == 0)
            return;
        var ids = candidates.Select(c => c.Id).ToList();
        var known = await db.Set<ConcernRelation>()
            .Where(r => (r.ConcernId == concern.Id && ids.Contains(r.RelatedConcernId)) || (r.RelatedConcernId == concern.Id && ids.Contains(r.ConcernId)))
            .Select(r => r.ConcernId == concern.Id ? r.RelatedConcernId : r.ConcernId).ToListAsync(ct);
        var matches = candidates.Where(c => !known.Contains(c.Id))
            .Select(other => (Other: other, Score: Math.Round(RelationScorer.Score(concern, other, settings.DateWindowDays), 3)))
            .Where(m => m.Score >= settings.Threshold)
            .OrderByDescending(m => m.Score).ThenByDescending(m => m.Other.Id).Take(settings.MaxLinks);
        foreach (var (other, score) in matches)
        {
            var relation = new ConcernRelation
            {
                ConcernId = concern.Id, RelatedConcernId = other.Id, Score = score, State = RelationState.Suggested, CreatedAt = now,
            };
            db.Add(relation);
            await EnqueueCardsAsync(db, relation, concern, other, now, ct);
        }
    }

    private static bool Unlinkable(Concern c) => c.Consent is Concerns.Intake.ConsentMode.Anonymous or Concerns.Intake.ConsentMode.Unlinked;

    /// <summary>One copy per focal point holding both concerns; sent the first time, updated in place afterwards.</summary>
    public async Task EnqueueCardsAsync(RufaDbContext db, ConcernRelation relation, Concern a, Concern b, DateTimeOffset now, CancellationToken ct)
    {
        var holders = EntitledHolders(a, b);
        var locales = await ReachDirectory.LocalesAsync(db, holders.Select(h => h.AadObjectId!), ct);
        foreach (var holder in holders)
        {
            var locale = locales.GetValueOrDefault(holder.AadObjectId!);
            var activity = Replies.Card(cards.Render(relation, a, b, locale));
            activity.Summary = cards.Preview(a, b, locale);
            db.Enqueue(OutboxWrites.UpdateCopy(OutboxRecipient.Person(holder.AadObjectId!), relation.CopyKey(holder.Key), activity, Purpose, a.Id, now));
        }
    }

    /// <summary>The people (not channels, not anyone who declared a conflict) who hold a copy of both concerns.</summary>
    public static IReadOnlyList<ConcernParticipant> EntitledHolders(Concern a, Concern b) =>
        [.. a.Participants.Where(p => !p.IsChannel && !p.Conflicted && b.Participant(p.Key) is { Conflicted: false, IsChannel: false })];

    public static bool IsEntitled(Concern a, Concern b, string actorKey) => EntitledHolders(a, b).Any(p => p.Key == actorKey);
}
