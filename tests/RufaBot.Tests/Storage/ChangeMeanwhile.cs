using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RufaBot.Tests.Storage;

/// <summary>Runs <paramref name="meanwhile"/> once, just before the next save that updates a concern.</summary>
internal sealed class ChangeMeanwhile(Func<Task> meanwhile) : SaveChangesInterceptor
{
    private int _armed = 1;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        var updatesConcern = eventData.Context!.ChangeTracker.Entries<RufaBot.Concerns.Concern>().Any(e => e.State == Microsoft.EntityFrameworkCore.EntityState.Modified);
        if (updatesConcern && Interlocked.Exchange(ref _armed, 0) == 1)
            await meanwhile();
        return result;
    }
}
