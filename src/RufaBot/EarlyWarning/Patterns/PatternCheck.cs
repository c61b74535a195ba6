using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Concerns;
using RufaBot.Concerns.Reporters;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Escalation.Routing;
using RufaBot.Storage;
using BotProtocol;

namespace RufaBot.EarlyWarning.Patterns;

/// <summary>
/// One round of the early-warning check: the concerns of the last two windows, by country, through
/// <see cref="PatternRules"/>; each pattern new or changed since its last alert goes to the country's B2 route and the
/// B3 secretariat as a de-identified card, with the alert recorded in the same unit of work. Each person's card lists
/// only the references they already hold.
/// </summary>
internal sealed class PatternCheck(IDbContextFactory<RufaDbContext> contexts, IEscalationRouter router, PatternCard cards, ReporterKeys keys,
    IOptionsMonitor<EarlyWarningOptions> options, TimeProvider time, ILogger<PatternCheck> logger)
{
    public const string Purpose = "early-warning-pattern";

    /// <summary>Concerns read per round at most, newest first: bounds one round whatever the backlog.</summary>
    private const int MaxConcerns = 5000;

    /// <summary>Returns how many alerts were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var settings = options.CurrentValue.Patterns;
        var now = time.GetUtcNow();
        var since = now.AddDays(-2 * settings.WindowDays);
        await using var read = await contexts.CreateDbContextAsync(ct);
        var concerns = (await read.Concerns.AsNoTracking().AsSplitQuery().Where(c => c.PurgedAt == null && c.CountryCode != null)
                .OrderByDescending(c => c.Id).Take(MaxConcerns).ToListAsync(ct))
            .Where(c => c.CreatedAt >= since).ToList();
        var alerts = 0;
        foreach (var country in concerns.GroupBy(c => c.CountryCode!.ToUpperInvariant()))
            foreach (var pattern in PatternRules.Detect(country.Key, [.. country], settings, now))
                if (await AlertAsync(pattern, now, ct))
                    alerts++;
        return alerts;
    }

    private async Task<bool> AlertAsync(DetectedPattern pattern, DateTimeOffset now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var alert = await db.Set<PatternAlert>().FirstOrDefaultAsync(a => a.Key == pattern.Key, ct);
        if (alert?.Signature == pattern.Signature)
            return false;
        if (alert is null)
            db.Add(alert = new PatternAlert { Key = pattern.Key, CountryCode = pattern.CountryCode, Rule = pattern.Rule, FirstAlertedAt = now });
        (alert.Signature, alert.ConcernCount, alert.RiskFactors, alert.AlertedAt) =
            (pattern.Signature, pattern.Concerns.Count, string.Join(",", pattern.RiskFactors), now);

        var keysForRouting = new RoutingKeys(pattern.CountryCode, null);
        var routes = new[] { await router.ResolveAsync(keysForRouting, EscalationTier.B2, [], ct), await router.ResolveAsync(keysForRouting, EscalationTier.B3, [], ct) };
        var people = routes.OfType<TierRoute>().SelectMany(r => r.FocalPoints).Select(p => p.AadObjectId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var locales = await ReachDirectory.LocalesAsync(db, people, ct);
        foreach (var person in people)
        {
            var key = keys.Actor(person);
            var openable = pattern.Concerns.Where(c => c.Participant(key) is { Conflicted: false }).Select(c => c.Reference).ToList();
            var card = cards.Render(pattern, openable, locales.GetValueOrDefault(person));
            db.Enqueue(OutboxWrites.SendToPerson(person, Card(card, pattern, locales.GetValueOrDefault(person)), Purpose, null, now));
        }
        foreach (var channel in routes.OfType<TierRoute>().Select(r => r.Channel).OfType<ChannelTarget>().DistinctBy(c => c.ConversationId))
        {
            var openable = pattern.Concerns.Where(c => c.Participants.Any(p => p.IsChannel && p.ChannelConversationId == channel.ConversationId))
                .Select(c => c.Reference).ToList();
            db.Enqueue(OutboxWrites.SendToConversation(channel.ServiceUrl, channel.ConversationId, channel.TenantId,
                Card(cards.Render(pattern, openable, null), pattern, null), Purpose, null, now));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || StorageFailure.IsUniqueViolation(e))
        {
            // Another instance alerted this change at the same moment.
            return false;
        }
        Log.PatternAlerted(logger, pattern.Rule, pattern.Concerns.Count, people.Count);
        return true;
    }

    private Activity Card(System.Text.Json.Nodes.JsonObject card, DetectedPattern pattern, string? locale)
    {
        var activity = Replies.Card(card);
        activity.Summary = cards.Preview(pattern, locale);
        return activity;
    }
}
