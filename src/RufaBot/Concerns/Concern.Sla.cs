namespace RufaBot.Concerns;

internal sealed partial class Concern
{
    /// <summary>
    /// Records a step taken because a deadline was missed (a reminder, the backup or the next tier alerted). It changes
    /// neither status nor version: a reminder does not make the focal points' cards stale.
    /// </summary>
    public void RecordSlaStep(ConcernEventKind kind, string note, DateTimeOffset at)
    {
        if (kind is not (ConcernEventKind.SlaReminderSent or ConcernEventKind.SlaBackupAlerted or ConcernEventKind.SlaNextTierAlerted))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only SLA steps are recorded this way.");
        _events.Add(new ConcernEvent(kind, Status, ConcernActor.System, at, RequireText(note, nameof(note))));
    }
}
