using RufaBot.Concerns;

namespace RufaBot.Escalation.Sla;

/// <summary>SLA log events (7600-7649): concern ids, tiers, milestones and counts only.</summary>
internal static partial class Log
{
    [LoggerMessage(7600, LogLevel.Information, "Concern {ConcernId} missed its {Milestone} deadline at tier {Tier}: {Step} sent to {Recipients} recipient(s)")]
    public static partial void StepTaken(ILogger logger, Guid concernId, EscalationTier tier, SlaMilestone milestone, SlaStep step, int recipients);

    [LoggerMessage(7601, LogLevel.Error, "An SLA timer round failed ({Failure}); it will run again")]
    public static partial void RoundFailed(ILogger logger, string failure, Exception exception);
}
