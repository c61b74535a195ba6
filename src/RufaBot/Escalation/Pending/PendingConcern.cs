using RufaBot.Concerns;
using RufaBot.Concerns.Assessment;

namespace RufaBot.Escalation.Pending;

/// <summary>One line of "pending": no content, just enough to choose what to open first.</summary>
internal sealed record PendingConcern(Guid Id, string Reference, Severity Severity, EscalationTier Tier, ConcernStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset? DueAt);
