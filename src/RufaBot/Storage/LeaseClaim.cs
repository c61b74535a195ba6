using Microsoft.EntityFrameworkCore;

namespace RufaBot.Storage;

/// <summary>
/// How an instance reserves due rows under a lease (outbox messages, SLA timers), so only the lease holder works on a
/// row. PostgreSQL runs the table's <c>UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING id</c>, so
/// instances never wait for or take each other's rows; SQLite claims each candidate with a conditional update that
/// succeeds only while the row is still free, which is also safe if a second process shares the file.
/// </summary>
internal static class LeaseClaim
{
    /// <param name="postgres">The table's claiming statement, returning the ids it leased as <c>"Value"</c>.</param>
    /// <param name="candidates">SQLite: the due, unleased ids, in the order they should be worked.</param>
    /// <param name="claimOne">SQLite: leases one candidate if it is still free; returns the rows updated (0 or 1).</param>
    public static async Task<IReadOnlyList<Guid>> ClaimAsync(RufaDbContext db, StorageLocation location, FormattableString postgres,
        IQueryable<Guid> candidates, Func<Guid, Task<int>> claimOne, CancellationToken ct)
    {
        if (location.Provider == StorageProvider.PostgreSQL)
            return await db.Database.SqlQuery<Guid>(postgres).ToListAsync(ct);

        var due = await candidates.ToListAsync(ct);
        var claimed = new List<Guid>(due.Count);
        foreach (var id in due)
        {
            if (await claimOne(id) == 1)
                claimed.Add(id);
        }
        return claimed;
    }
}
