using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Administration;
using RufaBot.Concerns;
using RufaBot.Dialogs;
using RufaBot.Escalation.Outbox;
using BotProtocol;
using RufaBot.Storage;

namespace RufaBot.Escalation.Reach;

/// <summary>
/// Writes a gap notice to each administrator through the outbox (so it survives a Connector outage too). A notice
/// about an unreachable administrator is not reported again, or an unreachable admin would loop.
/// </summary>
internal sealed class ReachGaps(IDbContextFactory<RufaDbContext> contexts, IOptionsMonitor<AdministrationOptions> admins, FlowCatalog catalog,
    TimeProvider time, ILogger<ReachGaps> logger) : IReachGaps
{
    public const string Purpose = "reach-gap";

    public async Task ReportRoutingGapAsync(Guid concernId, string concernReference, EscalationTier tier, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        EnqueueRoutingGap(db, concernId, concernReference, tier, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public void EnqueueRoutingGap(RufaDbContext db, Guid concernId, string concernReference, EscalationTier tier, DateTimeOffset now)
    {
        Log.RoutingGap(logger, concernId, tier);
        var text = catalog.Text("reach.routingGap.admin", null)
            .Replace("{tier}", tier.ToString(), StringComparison.Ordinal)
            .Replace("{reference}", concernReference, StringComparison.Ordinal);
        EnqueueForAdministrators(db, text, concernId, now);
    }

    public async Task ReportUnreachableAsync(Guid messageId, string aadObjectId, string purpose, string failure, CancellationToken ct)
    {
        Log.PersonUnreachable(logger, messageId, failure);
        if (purpose == Purpose)
            return;
        // Without the person's own tenant the fix is in routing, not in installing the app.
        var tenantGap = failure is OutboxAddressing.TenantUnknown or OutboxAddressing.TenantNotServed;
        var text = catalog.Text(tenantGap ? "reach.gap.tenant.admin" : "reach.gap.admin", null)
            .Replace("{id}", aadObjectId, StringComparison.Ordinal)
            .Replace("{purpose}", purpose, StringComparison.Ordinal);
        await TellAdministratorsAsync(text, null, ct);
    }

    private async Task TellAdministratorsAsync(string text, Guid? concernId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        EnqueueForAdministrators(db, text, concernId, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    private void EnqueueForAdministrators(RufaDbContext db, string text, Guid? concernId, DateTimeOffset now)
    {
        var ids = admins.CurrentValue.AdminAadObjectIds;
        if (ids.Count == 0)
        {
            Log.NoAdministrators(logger);
            return;
        }
        foreach (var admin in ids)
            db.Enqueue(OutboxWrites.SendToPerson(admin, Replies.Text(text), Purpose, concernId, now));
    }
}
