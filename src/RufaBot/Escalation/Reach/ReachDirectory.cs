using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using RufaBot.Storage;

namespace RufaBot.Escalation.Reach;

/// <summary>
/// The conversation references RufaBot has seen, by person and by channel. Writes are upserts that skip the database
/// when the reference is already known unchanged (remembered in memory), so recording on every message costs nothing.
/// The memory is bounded: at most <see cref="RememberedAddresses"/> references, each forgotten after an hour unused, so a
/// tenant of any size costs at most a database read now and then.
/// </summary>
internal sealed class ReachDirectory(IDbContextFactory<RufaDbContext> contexts, TimeProvider time) : IDisposable
{
    public const int RememberedAddresses = 20_000;

    private static readonly TimeSpan RememberFor = TimeSpan.FromHours(1);

    private readonly MemoryCache known = new(new MemoryCacheOptions { SizeLimit = RememberedAddresses });

    /// <summary>Keys being written by a turn now: a tenant's address arrives with everyone's first message at once.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> writing = new();

    public async Task RecordAsync(ReachAddress address, CancellationToken ct)
    {
        if (known.TryGetValue(address.Key, out ReachAddress? seen) && seen!.SameAs(address))
            return;
        // Another turn of this instance is storing the same key: its write is as good as ours, and racing it only
        // ends in a unique-key failure.
        if (!writing.TryAdd(address.Key, 0))
            return;
        try
        {
            await WriteAsync(address, ct);
        }
        finally
        {
            writing.TryRemove(address.Key, out _);
        }
    }

    private async Task WriteAsync(ReachAddress address, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var stored = await db.ReachAddresses.FindAsync([address.Key], ct);
        // A chat the dispatcher opened says nothing of the person's language: keep what their client told us.
        if (address.Locale is null && stored?.Locale is { } locale)
        {
            address = address.Clone();
            address.Locale = locale;
        }
        if (stored is null)
            db.ReachAddresses.Add(address.Clone());
        else if (!stored.SameAs(address))
            db.Entry(stored).CurrentValues.SetValues(address);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (StorageFailure.IsUniqueViolation(e))
        {
            // Another instance stored the same key a moment ago; its reference is as good as ours.
        }
        known.Set(address.Key, address.Clone(), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = RememberFor });
    }

    public async Task ForgetAsync(string? key, string? teamId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.ReachAddresses.Where(a => a.Key == key || (teamId != null && a.TeamId == teamId)).ToListAsync(ct);
        db.ReachAddresses.RemoveRange(rows);
        await db.SaveChangesAsync(ct);
        foreach (var row in rows)
            known.Remove(row.Key);
        if (key is not null)
            known.Remove(key);
    }

    /// <summary>The language each of these people's clients last reported, by object id (lower case); absent when unknown.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> LocalesAsync(RufaDbContext db, IEnumerable<string> aadObjectIds, CancellationToken ct)
    {
        var keys = aadObjectIds.Select(ReachAddress.PersonKey).Distinct().ToList();
        if (keys.Count == 0)
            return new Dictionary<string, string>();
        var rows = await db.ReachAddresses.AsNoTracking().Where(a => keys.Contains(a.Key) && a.Locale != null)
            .Select(a => new { a.AadObjectId, a.Locale }).ToListAsync(ct);
        return rows.Where(r => r.AadObjectId is not null).ToDictionary(r => r.AadObjectId!, r => r.Locale!, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<ReachAddress?> FindPersonAsync(string aadObjectId, CancellationToken ct)
    {
        var key = ReachAddress.PersonKey(aadObjectId);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ReachAddresses.AsNoTracking().FirstOrDefaultAsync(a => a.Key == key, ct);
    }

    /// <summary>
    /// A Connector address Teams gave us in this tenant (any person or channel of it), to open new chats through; for
    /// no tenant (local development), an address that came without one. Never another tenant's.
    /// </summary>
    public async Task<string?> ServiceUrlForTenantAsync(string? tenantId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var addresses = db.ReachAddresses.AsNoTracking().Where(a => a.TenantId == tenantId);
        return await addresses.OrderByDescending(a => a.UpdatedAt).Select(a => a.ServiceUrl).FirstOrDefaultAsync(ct);
    }

    /// <summary>Keeps the chat the dispatcher opened proactively, so later messages go straight to it.</summary>
    public Task RecordOpenedChatAsync(string aadObjectId, string? memberId, string serviceUrl, string conversationId, string? tenantId, CancellationToken ct) =>
        RecordAsync(new ReachAddress
        {
            Key = ReachAddress.PersonKey(aadObjectId), AadObjectId = aadObjectId.Trim().ToLowerInvariant(), MemberId = memberId,
            ServiceUrl = serviceUrl, ConversationId = conversationId, TenantId = tenantId, ConversationType = "personal",
            UpdatedAt = time.GetUtcNow(),
        }, ct);

    public void Dispose() => known.Dispose();
}
