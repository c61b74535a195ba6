using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace RufaBot.Storage;

/// <summary>
/// One writer at a time on the SQLite database, queued in the process instead of in SQLite. SQLite allows one writer;
/// a second one gets "database is locked", and Microsoft.Data.Sqlite answers that by putting the thread to sleep and
/// trying again. Under load those sleeping threads, not the work, set the pace. Here a context that is about to
/// write waits asynchronously for its turn, holds it until its write is committed, rolled back or its connection is
/// closed, and the next one goes. A context that holds its turn never asks again, so a transaction's own saves do not
/// wait on themselves. Waiting longer than <see cref="Timeout"/> fails like a database that is not there
/// (<see cref="TimeoutException"/>).
/// </summary>
internal sealed class SqliteWriterGate
{
    /// <summary>As long as Microsoft.Data.Sqlite's own default command timeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, object> holders = [];

    public async ValueTask EnterAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || holders.TryGetValue(context, out _))
            return;
        if (!await turn.WaitAsync(Timeout, cancellationToken))
            throw Busy();
        holders.Add(context, this);
    }

    public void Enter(DbContext? context)
    {
        if (context is null || holders.TryGetValue(context, out _))
            return;
        if (!turn.Wait(Timeout))
            throw Busy();
        holders.Add(context, this);
    }

    /// <summary>Gives the turn back if this context holds it; safe to call more than once.</summary>
    public void Exit(DbContext? context)
    {
        if (context is not null && holders.Remove(context))
            turn.Release();
    }

    private static TimeoutException Busy() =>
        new($"The database stayed busy with other writes for {Timeout.TotalSeconds:0} seconds.");
}
