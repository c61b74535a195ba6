using RufaBot.Concerns;

namespace RufaBot.Escalation.Reach;

/// <summary>Tells administrators (their personal chats, and a log event) when a concern cannot reach anyone.</summary>
internal interface IReachGaps
{
    /// <summary>Routing found nobody for the tier. The message names the concern reference and tier only.</summary>
    Task ReportRoutingGapAsync(Guid concernId, string concernReference, EscalationTier tier, CancellationToken ct);

    /// <summary>A person cannot be reached (the app is not installed for them); their message stays pending.</summary>
    Task ReportUnreachableAsync(Guid messageId, string aadObjectId, string purpose, string failure, CancellationToken ct);
}
