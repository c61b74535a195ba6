using RufaBot.Concerns.Reporters;
using RufaBot.Storage;

namespace RufaBot.Concerns;

/// <summary>
/// What must happen beside a change <see cref="ConcernService"/> stores, owned here and done by the feature that knows
/// how (escalation registers its own): routing a new concern, queuing the card updates, forgetting the messages to a
/// reporter's chat, telling the administrators of a routing gap. Each call adds to the caller's unit of work, so the
/// change and its consequences are saved together: a submission is one transaction.
/// </summary>
internal interface IConcernChanges
{
    /// <summary>A new concern, before it is saved: assign its entry tier. False when a routing gap was recorded instead.</summary>
    Task<bool> SubmittingAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct);

    /// <summary>The concern changed (details completed, information added, link cut), before it is saved.</summary>
    Task ChangingAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct);

    /// <summary>The reporter's link is being cut: what was queued or sent to <paramref name="chat"/> about the concern goes too.</summary>
    Task CuttingLinkAsync(RufaDbContext db, ReporterConversation chat, string reference, CancellationToken ct);
}

/// <summary>A host that stores concerns only (no escalation registered): nothing is routed, queued or reported.</summary>
internal sealed class StoredOnly : IConcernChanges
{
    public Task<bool> SubmittingAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct) => Task.FromResult(true);

    public Task ChangingAsync(RufaDbContext db, Concern concern, DateTimeOffset now, CancellationToken ct) => Task.CompletedTask;

    public Task CuttingLinkAsync(RufaDbContext db, ReporterConversation chat, string reference, CancellationToken ct) => Task.CompletedTask;
}
