using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RufaBot.Escalation.Outbox;
using RufaBot.Storage;

namespace RufaBot.Cli;

/// <summary>
/// In the terminal the next line is read at once, while messages to other people (a focal point's card, a notice to
/// the reporter) leave through the outbox a moment later. Before the session switches person it waits, a few seconds
/// at most, until nothing due is left undelivered, so "/as Sam Focal" finds Sam's card already there.
/// </summary>
internal static class OutboxSettling
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task WaitAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<IDbContextFactory<RufaDbContext>>() is not { } contexts || services.GetService<OutboxDispatcher>() is null)
            return;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var deadline = time.GetUtcNow() + Patience;
        while (time.GetUtcNow() < deadline && !cancellationToken.IsCancellationRequested)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = time.GetUtcNow();
            var due = await db.Set<OutboxMessage>().AnyAsync(m => m.DeliveredAt == null && m.LastFailure == null && m.DueAt <= now, cancellationToken);
            if (!due)
                return;
            await Task.Delay(50, cancellationToken);
        }
    }
}
