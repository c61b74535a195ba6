namespace RufaBot.Escalation.Sla;

/// <summary>The rungs of a missed deadline, in order.</summary>
internal enum SlaStep
{
    Remind,
    AlertBackup,
    AlertNextTier,
}
