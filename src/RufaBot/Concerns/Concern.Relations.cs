namespace RufaBot.Concerns;

/// <summary>
/// What features record on the concern beside its ladder: a focal point's decision on a suggested relation to another
/// concern, and a reporter's answer to a check-in against retaliation. Both are trail entries without content.
/// </summary>
internal sealed partial class Concern
{
    /// <summary>A relation confirmed or dismissed: a change (new version) so that every card shows it.</summary>
    public void RecordRelation(bool confirmed, string otherReference, ConcernActor actor, DateTimeOffset at) =>
        Changed(confirmed ? ConcernEventKind.RelationConfirmed : ConcernEventKind.RelationDismissed, actor, at, otherReference);

    /// <summary>
    /// A check-in answer: <paramref name="outcome"/> is a word ("yes, sent to the ethics channel", "no", "off"), never
    /// the reporter's words. Not a change of the concern: no card is updated, as for a read.
    /// </summary>
    public void RecordCheckIn(string outcome, DateTimeOffset at) =>
        _events.Add(new ConcernEvent(ConcernEventKind.CheckInAnswered, Status, ConcernActor.Reporter, at, outcome));
}
