namespace RufaBot.Concerns;

/// <summary>
/// One entry of a concern's append-only audit trail. Entries are only ever added (by <see cref="Concern"/>); there is
/// no method that changes or removes one. The note is encrypted at rest.
/// </summary>
internal sealed class ConcernEvent
{
    private ConcernEvent()
    {
    }

    public ConcernEvent(ConcernEventKind kind, ConcernStatus status, ConcernActor actor, DateTimeOffset at, string? note = null)
    {
        Kind = kind;
        Status = status;
        ActorRole = actor.Role;
        ActorKey = actor.Key;
        At = at;
        Note = note;
    }

    /// <summary>Store-generated and increasing, so it also orders the trail.</summary>
    public long Id { get; private set; }

    public Guid ConcernId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ConcernEventKind Kind { get; private set; }

    /// <summary>The concern's status after this entry.</summary>
    public ConcernStatus Status { get; private set; }

    public ConcernRole ActorRole { get; private set; }

    public string? ActorKey { get; private set; }

    public string? Note { get; private set; }
}
