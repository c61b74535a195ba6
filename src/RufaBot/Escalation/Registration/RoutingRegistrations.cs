using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RufaBot.Escalation.Routing;
using RufaBot.Storage;

namespace RufaBot.Escalation.Registration;

/// <summary>
/// Registrations made in chat, read from the database and cached briefly (other instances see a change within
/// <see cref="RoutingOptions.RegistrationCacheDuration"/>; this instance at once).
/// </summary>
internal sealed class RoutingRegistrations(IDbContextFactory<RufaDbContext> contexts, IOptionsMonitor<RoutingOptions> options, TimeProvider time)
{
    private volatile Snapshot? cached;

    public async Task<IReadOnlyList<FocalPointRegistration>> AllAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (cached is { } snapshot && now - snapshot.ReadAt < options.CurrentValue.RegistrationCacheDuration)
            return snapshot.Rows;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.FocalPointRegistrations.AsNoTracking().ToListAsync(ct);
        cached = new Snapshot(rows, now);
        return rows;
    }

    /// <summary>Adds or replaces the registration of a person (or of the channel, when the person is empty) for a route.</summary>
    public async Task SaveAsync(FocalPointRegistration registration, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var existing = await db.FocalPointRegistrations.Where(r => r.Tier == registration.Tier && r.Scope == registration.Scope
            && r.ScopeKey == registration.ScopeKey && r.AadObjectId == registration.AadObjectId).ToListAsync(ct);
        db.FocalPointRegistrations.RemoveRange(existing);
        db.FocalPointRegistrations.Add(registration);
        await db.SaveChangesAsync(ct);
        cached = null;
    }

    private sealed record Snapshot(IReadOnlyList<FocalPointRegistration> Rows, DateTimeOffset ReadAt);
}
