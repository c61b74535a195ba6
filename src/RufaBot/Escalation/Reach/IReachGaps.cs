using RufaBot.Concerns;
using RufaBot.Storage;

namespace RufaBot.Escalation.Reach;

/// <summary>Tells administrators (their personal chats, and a log event) when a concern cannot reach anyone.</summary>
internal interface IReachGaps
{
    /// <summary>Routing found nobody for the tier. The message names the concern reference and tier only.</summary>
    Task ReportRoutingGapAsync(Guid concernId, string concernReference, EscalationTier tier, CancellationToken ct);

    /// <summary>The same notice, added to the caller's unit of work: a new concern and its gap notice commit together.</summary>
    void EnqueueRoutingGap(RufaDbContext db, Guid concernId, string concernReference, EscalationTier tier, DateTimeOffset now);

    /// <summary>A person cannot be reached (the app is not installed for them); their message stays pending.</summary>
    Task ReportUnreachableAsync(Guid messageId, string aadObjectId, string purpose, string failure, CancellationToken ct);
}
