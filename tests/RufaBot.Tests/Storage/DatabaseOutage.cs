using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace RufaBot.Tests.Storage;

/// <summary>The database went away: every connection attempt fails while <see cref="Down"/> is set.</summary>
internal sealed class DatabaseOutage : DbConnectionInterceptor
{
    public bool Down { get; set; } = true;

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        Down ? throw new FakeDbException("connection refused") : result;

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
        Down ? throw new FakeDbException("connection refused") : ValueTask.FromResult(result);
}
