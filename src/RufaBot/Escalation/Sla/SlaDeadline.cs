namespace RufaBot.Escalation.Sla;

/// <summary>The deadline a concern currently runs against: which milestone, since when, due when.</summary>
internal sealed record SlaDeadline(SlaMilestone Milestone, DateTimeOffset StartedAt, DateTimeOffset DueAt);
