using RufaBot.Concerns.Intake;

namespace RufaBot.Concerns.Views;

/// <summary>One line of "my concerns".</summary>
internal sealed record ConcernSummary(string Reference, ConcernStatus Status, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt, IReadOnlyList<ConcernCategory> Categories);
