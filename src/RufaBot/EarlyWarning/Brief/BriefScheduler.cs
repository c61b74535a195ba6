using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Escalation.Outbox;
using RufaBot.Escalation.Reach;
using RufaBot.Escalation.Routing;
using RufaBot.Escalation.Sla;
using RufaBot.Hosting;
using RufaBot.Storage;

namespace RufaBot.EarlyWarning.Brief;

/// <summary>
/// Sends each region's brief automatically, <see cref="BriefOptions.DaysBeforeReview"/> days before each
/// <c>Escalation:Sla:RegionalReviewDates</c> entry, to the region's B3 route and the B4 route, once per region and
/// review (<see cref="BriefSent"/>, saved with the outbox messages).
/// </summary>
internal sealed class BriefScheduler(IDbContextFactory<RufaDbContext> contexts, BriefService briefs, BriefAudience audience, BriefDelivery delivery,
    IOptionsMonitor<SlaOptions> sla, IOptionsMonitor<EarlyWarningOptions> options, TimeProvider time, ILogger<BriefScheduler> logger) : PeriodicWorker(time)
{
    public const string Purpose = "regional-brief";

    protected override TimeSpan Interval => options.CurrentValue.Brief.ScheduleInterval;

    protected override bool Starting() => options.CurrentValue.Brief.ScheduleEnabled;

    protected override async Task<bool> RoundAsync(CancellationToken ct)
    {
        await RunOnceAsync(ct);
        return false;
    }

    protected override void RoundFailed(Exception failure) => Log.RoundFailed(logger, "brief", failure.GetType().Name, failure);

    /// <summary>Returns how many briefs were queued.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        var lead = options.CurrentValue.Brief.DaysBeforeReview;
        var sent = 0;
        foreach (var review in sla.CurrentValue.RegionalReviewDates.Where(d => today >= d.AddDays(-lead) && today <= d).Distinct())
            foreach (var region in briefs.Regions)
                if (await SendAsync(region, review, ct))
                    sent++;
        return sent;
    }

    private async Task<bool> SendAsync(string region, DateOnly review, CancellationToken ct)
    {
        var key = $"{region}:{review:yyyy-MM-dd}";
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.Set<BriefSent>().AnyAsync(b => b.Key == key, ct))
            return false;
        var quarter = Quarter.Of(review).Previous;
        var (_, messageFor) = await delivery.PrepareAsync(region, quarter, ct);
        var routes = await audience.RoutesAsync(briefs.CountriesOf(region), ct);
        var people = routes.SelectMany(r => r.FocalPoints).Select(p => p.AadObjectId).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var locales = await ReachDirectory.LocalesAsync(db, people, ct);
        var now = Time.GetUtcNow();
        foreach (var person in people)
            db.Enqueue(OutboxWrites.SendToPerson(person, messageFor(locales.GetValueOrDefault(person)), Purpose, null, now));
        foreach (var channel in routes.Select(r => r.Channel).OfType<ChannelTarget>().DistinctBy(c => c.ConversationId))
            db.Enqueue(OutboxWrites.SendToConversation(channel.ServiceUrl, channel.ConversationId, channel.TenantId, messageFor(null), Purpose, null, now));
        db.Add(new BriefSent { Key = key, SentAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (StorageFailure.IsUniqueViolation(e))
        {
            // Another instance sent it at the same moment.
            return false;
        }
        Log.BriefSent(logger, region, quarter.ToString(), people.Count);
        return true;
    }
}

/// <summary>A brief sent automatically: region and review date ("east-africa:2027-01-15"), and when.</summary>
internal sealed class BriefSent
{
    public string Key { get; init; } = "";

    public DateTimeOffset SentAt { get; init; }
}
